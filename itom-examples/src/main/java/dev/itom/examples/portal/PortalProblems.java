package dev.itom.examples.portal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details ({@code application/problem+json}), never a stack trace:
 * the portal's own refusals ({@link PortalProblem}), Spring MVC's (unknown path 404, wrong method
 * 405, unsupported media type 415, not acceptable 406, through the base class) and anything
 * unexpected (500, logged with its stack trace on the server only).
 */
@RestControllerAdvice
final class PortalProblems extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(PortalProblems.class);

  @ExceptionHandler(PortalProblem.class)
  ResponseEntity<ProblemDetail> refused(PortalProblem problem) {
    HttpHeaders headers = new HttpHeaders();
    headers.addAll(problem.headers());
    return respond(problem.status(), headers, problem.detail());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    LOG.error("request failed", e);
    return respond(
        HttpStatus.INTERNAL_SERVER_ERROR,
        new HttpHeaders(),
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "the portal failed to answer; the server's log says why"));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    HttpHeaders merged = new HttpHeaders();
    merged.addAll(headers);
    merged.set(Csp.HEADER, Csp.NONE);
    merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    ResponseEntity<Object> response =
        super.handleExceptionInternal(ex, body, merged, statusCode, request);
    return response == null ? ResponseEntity.status(statusCode).headers(merged).build() : response;
  }

  private static ResponseEntity<ProblemDetail> respond(
      HttpStatusCode status, HttpHeaders headers, ProblemDetail detail) {
    return ResponseEntity.status(status)
        .headers(headers)
        .header(Csp.HEADER, Csp.NONE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(detail);
  }
}
