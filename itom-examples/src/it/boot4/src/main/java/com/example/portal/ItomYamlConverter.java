package com.example.portal;

import dev.itom.json.ItomJsonException;
import dev.itom.json.ItomYaml;
import dev.itom.model.OperatingModel;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Models as application/yaml, through itom's own YAML reader and writer; registered in Spring's YAML
 * slot by {@link ItomYamlConfiguration}, after JSON.
 */
public class ItomYamlConverter extends AbstractHttpMessageConverter<OperatingModel> {
  public ItomYamlConverter() {
    super(new MediaType("application", "yaml"));
  }

  @Override
  protected boolean supports(Class<?> type) {
    return OperatingModel.class.isAssignableFrom(type);
  }

  @Override
  protected OperatingModel readInternal(Class<? extends OperatingModel> type, HttpInputMessage input)
      throws IOException {
    try (InputStream in = input.getBody()) {
      return ItomYaml.reader().read(in);
    } catch (ItomJsonException e) {
      throw new HttpMessageNotReadableException("not a valid itom/1 model", e, input);
    }
  }

  @Override
  protected void writeInternal(OperatingModel model, HttpOutputMessage output) throws IOException {
    ItomYaml.writer().write(model, output.getBody());
  }
}
