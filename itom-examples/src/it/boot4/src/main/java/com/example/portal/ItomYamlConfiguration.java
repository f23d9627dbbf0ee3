package com.example.portal;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts itom's YAML converter where Spring's own YAML converter would go: after JSON, so that JSON
 * stays the default, and in place of Spring's Jackson YAML converter, which knows no itom module.
 */
@Configuration
public class ItomYamlConfiguration {
  @Bean
  ServerHttpMessageConvertersCustomizer itomYaml() {
    return converters -> converters.withYamlConverter(new ItomYamlConverter());
  }
}
