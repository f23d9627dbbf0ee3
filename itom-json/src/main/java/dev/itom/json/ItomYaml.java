package dev.itom.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * The entry point of the {@code itom/1} format written as YAML, through Jackson's YAML data format:
 * the same fields, order and checks as {@link ItomJson}, so a YAML file and its JSON twin read to
 * equal models. Strings must be YAML strings (quote values such as {@code "2026.1"} that YAML would
 * read as numbers).
 *
 * <p>Needs {@code com.fasterxml.jackson.dataformat:jackson-dataformat-yaml} on the class path, an
 * optional dependency of this library; without it this class fails with {@link
 * NoClassDefFoundError}. On the module path, the application's module must also {@code requires
 * com.fasterxml.jackson.dataformat.yaml} (this module requires it only statically). SnakeYAML's own
 * limits (for example its code point limit of about 3 MB) apply besides the reader's.
 *
 * @since 0.1
 */
public final class ItomYaml {
  private ItomYaml() {}

  private static final class Holder {
    static final YAMLFactory FACTORY =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .stringQuotingChecker(new KeyQuoting(StringQuotingChecker.Default.instance()))
            .build();
    static final ItomJsonReader READER = ItomJsonReader.over(FACTORY);
    static final ItomJsonWriter WRITER = ItomJsonWriter.over(FACTORY);
  }

  /**
   * Returns the shared strict YAML reader with the default limits.
   *
   * @return the reader
   */
  public static ItomJsonReader reader() {
    return Holder.READER;
  }

  /**
   * Returns the shared YAML writer.
   *
   * @return the writer
   */
  public static ItomJsonWriter writer() {
    return Holder.WRITER;
  }

  /**
   * Returns a strict reader over a copy of the factory of a user's YAML mapper.
   *
   * @param yamlMapper a mapper whose factory is a {@link YAMLFactory}
   * @return the reader
   * @throws NullPointerException if {@code yamlMapper} is null
   * @throws IllegalArgumentException if the mapper does not read YAML
   */
  public static ItomJsonReader reader(ObjectMapper yamlMapper) {
    checkNotNull(yamlMapper, "yamlMapper");
    if (!(yamlMapper.getFactory() instanceof YAMLFactory)) {
      throw new IllegalArgumentException(
          "the mapper reads " + yamlMapper.getFactory().getFormatName() + ", not YAML");
    }
    return ItomJsonReader.over(yamlMapper.getFactory());
  }

  /**
   * Returns a writer over a copy of the factory of a user's YAML mapper.
   *
   * @param yamlMapper a mapper whose factory is a {@link YAMLFactory}
   * @return the writer
   * @throws NullPointerException if {@code yamlMapper} is null
   * @throws IllegalArgumentException if the mapper does not write YAML
   */
  public static ItomJsonWriter writer(ObjectMapper yamlMapper) {
    checkNotNull(yamlMapper, "yamlMapper");
    if (!(yamlMapper.getFactory() instanceof YAMLFactory)) {
      throw new IllegalArgumentException(
          "the mapper writes " + yamlMapper.getFactory().getFormatName() + ", not YAML");
    }
    YAMLFactory factory = (YAMLFactory) yamlMapper.getFactory();
    StringQuotingChecker users = factory.rebuild().stringQuotingChecker();
    return ItomJsonWriter.over(
        factory
            .rebuild()
            .stringQuotingChecker(
                new KeyQuoting(users != null ? users : StringQuotingChecker.Default.instance()))
            .build());
  }

  /**
   * Quotes the map key {@code <<}, which YAML parsers read as a merge key, and double-quotes map
   * keys (property keys) that hold a line break or a character YAML cannot write as is. Left to
   * itself, SnakeYAML writes such a key single-quoted with the raw character, and YAML's line
   * folding turns a raw U+0085 (NEL) into a space when it is read back.
   */
  private static final class KeyQuoting extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;

    private final StringQuotingChecker delegate;

    KeyQuoting(StringQuotingChecker delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean needToQuoteName(String name) {
      // a bare << is a merge key to YAML 1.1 parsers and to ruamel.yaml
      return delegate.needToQuoteName(name) || needsEscape(name) || name.equals("<<");
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return delegate.needToQuoteValue(value);
    }

    private static boolean needsEscape(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x20
            || (c >= 0x7F && c <= 0x9F)
            || c == 0x2028
            || c == 0x2029
            || c == 0xFEFF
            || Character.isSurrogate(c)
            || c >= 0xFFFE) {
          return true;
        }
      }
      return false;
    }
  }
}
