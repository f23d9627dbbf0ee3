package com.example.portal;

import dev.itom.json.ItomModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The portal: Spring Boot 3 registers Jackson 2 modules that are beans. */
@SpringBootApplication
public class PortalApplication {
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }

  @Bean
  ItomModule itomModule() {
    return new ItomModule();
  }
}
