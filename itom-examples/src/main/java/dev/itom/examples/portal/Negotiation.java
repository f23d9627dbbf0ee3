package dev.itom.examples.portal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Picks the representation a request's {@code Accept} header prefers among those a resource offers
 * (RFC 9110, 12.5.1): each offered type gets the quality of the most specific range that includes
 * it, the highest quality wins and a tie goes to the type offered first. No header means the first.
 */
final class Negotiation {
  static final MediaType YAML = MediaType.parseMediaType("application/yaml");

  private Negotiation() {}

  /**
   * {@return the offered type to answer with}
   *
   * @throws PortalProblem 406 if the header accepts none of them
   */
  static MediaType choose(@Nullable String accept, List<MediaType> offered) {
    if (accept == null || accept.isBlank()) {
      return offered.get(0);
    }
    List<MediaType> ranges;
    try {
      ranges = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      throw PortalProblem.badRequest("the Accept header cannot be read: " + e.getMessage());
    }
    MediaType best = null;
    double bestQuality = 0;
    for (MediaType type : offered) {
      double quality = quality(type, ranges);
      if (quality > bestQuality) {
        best = type;
        bestQuality = quality;
      }
    }
    if (best == null) {
      throw new PortalProblem(
              HttpStatus.NOT_ACCEPTABLE, "this resource is available as " + offered + " only")
          .with("available", offered.stream().map(MediaType::toString).toList());
    }
    return best;
  }

  private static double quality(MediaType type, List<MediaType> ranges) {
    int specificity = -1;
    double quality = 0;
    for (MediaType range : ranges) {
      if (range.includes(type)) {
        int s = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
        if (s > specificity) {
          specificity = s;
          quality = range.getQualityValue();
        }
      }
    }
    return quality;
  }
}
