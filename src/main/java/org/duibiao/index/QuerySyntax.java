package org.duibiao.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search syntax: words (all required), "quoted phrases" (also “…” and 「…」), AND, OR, NOT or a leading '-',
 * parentheses, field filters ({@code issuer:青岛}, {@code region:}, {@code type:policy}, {@code year:2018} or
 * {@code year:2016..2019}, {@code level:市}, {@code modality:must}, {@code section:二}), words in one field
 * ({@code title:}, {@code heading:}, {@code text:}) and quantity filters ({@code frequency>=2} per year,
 * {@code count}, {@code percent}, {@code age}, {@code years}, {@code months}, {@code deadline}). OR binds looser
 * than AND.
 */
final class QuerySyntax {

  /** A parsed query. */
  sealed interface Node permits Words, And, Or, Not, Filter, Compare {}

  /** Text to find; {@code field} is null for all text fields. */
  record Words(String text, boolean quoted, String field) implements Node {}

  record And(List<Node> parts) implements Node {}

  record Or(List<Node> parts) implements Node {}

  record Not(Node part) implements Node {}

  /** A metadata filter: issuer, region, type, year, level, modality or section. */
  record Filter(String field, String value) implements Node {}

  /** A quantity filter: kind (frequency, count, percent, age, years, months, deadline), operator, number. */
  record Compare(String kind, String op, double value) implements Node {}

  static final Set<String> TEXT_FIELDS = Set.of("title", "heading", "text");
  static final Set<String> FILTERS = Set.of("issuer", "region", "type", "year", "level", "modality", "section");
  static final Set<String> QUANTITIES = Set.of("frequency", "count", "percent", "age", "years", "months", "deadline");

  private static final Pattern COMPARE = Pattern.compile("([a-zA-Z]+):?(>=|<=|>|<|=)(\\d+(?:\\.\\d+)?)");
  private static final Pattern FIELD = Pattern.compile("([a-zA-Z]+):(.*)", Pattern.DOTALL);
  private static final String OPEN_QUOTES = "\"“「";
  private static final String CLOSE_QUOTES = "\"”」";

  private final String input;
  private int pos;
  private Tok peeked;

  private QuerySyntax(String input) {
    this.input = input;
  }

  static Node parse(String query) throws InvalidQueryException {
    QuerySyntax p = new QuerySyntax(query == null ? "" : query);
    if (p.peek() == null) {
      throw new InvalidQueryException("the query is empty; give words, \"a phrase\" or a filter such as type:policy");
    }
    Node n = p.or();
    Tok rest = p.peek();
    if (rest != null) {
      throw new InvalidQueryException("unexpected '" + rest.text + "' in the query; check the parentheses");
    }
    return n;
  }

  // grammar -----------------------------------------------------------------------------------------------------

  private Node or() throws InvalidQueryException {
    List<Node> parts = new ArrayList<>();
    parts.add(and());
    while (peekIs(Kind.OR)) {
      next();
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new Or(parts);
  }

  private Node and() throws InvalidQueryException {
    List<Node> parts = new ArrayList<>();
    parts.add(unary());
    while (peek() != null && !peekIs(Kind.OR) && !peekIs(Kind.CLOSE)) {
      if (peekIs(Kind.AND)) {
        next();
      }
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : new And(parts);
  }

  private Node unary() throws InvalidQueryException {
    Tok t = next();
    if (t == null) {
      throw new InvalidQueryException("the query ends after an operator; add what it applies to");
    }
    switch (t.kind) {
      case NOT:
        return new Not(unary());
      case OPEN: {
        Node inner = or();
        if (!peekIs(Kind.CLOSE)) {
          throw new InvalidQueryException("a '(' in the query is not closed; add ')'");
        }
        next();
        return inner;
      }
      case NODE:
        return t.node;
      default:
        throw new InvalidQueryException("'" + t.text + "' cannot stand here in the query");
    }
  }

  // tokens ------------------------------------------------------------------------------------------------------

  private enum Kind { AND, OR, NOT, OPEN, CLOSE, NODE }

  private record Tok(Kind kind, String text, Node node) {}

  private boolean peekIs(Kind k) throws InvalidQueryException {
    Tok t = peek();
    return t != null && t.kind == k;
  }

  private Tok peek() throws InvalidQueryException {
    if (peeked == null) {
      peeked = lex();
    }
    return peeked;
  }

  private Tok next() throws InvalidQueryException {
    Tok t = peek();
    peeked = null;
    return t;
  }

  private Tok lex() throws InvalidQueryException {
    while (pos < input.length() && space(input.charAt(pos))) {
      pos++;
    }
    if (pos >= input.length()) {
      return null;
    }
    char c = input.charAt(pos);
    if (c == '(' || c == ')') {
      pos++;
      return new Tok(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), null);
    }
    if (c == '-' && pos + 1 < input.length() && !space(input.charAt(pos + 1))) {
      pos++;
      return new Tok(Kind.NOT, "-", null);
    }
    if (c == '+' && pos + 1 < input.length() && !space(input.charAt(pos + 1))) {
      pos++;
      c = input.charAt(pos);
    }
    if (OPEN_QUOTES.indexOf(c) >= 0) {
      return new Tok(Kind.NODE, "\"", new Words(quoted(), true, null));
    }
    int start = pos;
    while (pos < input.length() && !space(input.charAt(pos)) && "()".indexOf(input.charAt(pos)) < 0
        && OPEN_QUOTES.indexOf(input.charAt(pos)) < 0) {
      pos++;
    }
    String word = input.substring(start, pos);
    switch (word) {
      case "AND":
        return new Tok(Kind.AND, word, null);
      case "OR":
        return new Tok(Kind.OR, word, null);
      case "NOT":
        return new Tok(Kind.NOT, word, null);
      default:
        return new Tok(Kind.NODE, word, term(word));
    }
  }

  private Node term(String word) throws InvalidQueryException {
    Matcher cmp = COMPARE.matcher(word);
    if (cmp.matches() && QUANTITIES.contains(cmp.group(1).toLowerCase(Locale.ROOT))) {
      return new Compare(cmp.group(1).toLowerCase(Locale.ROOT), cmp.group(2), Double.parseDouble(cmp.group(3)));
    }
    Matcher f = FIELD.matcher(word);
    if (!f.matches()) {
      return new Words(word, false, null);
    }
    String field = f.group(1).toLowerCase(Locale.ROOT);
    String value = f.group(2);
    boolean quoted = value.isEmpty() && pos < input.length() && OPEN_QUOTES.indexOf(input.charAt(pos)) >= 0;
    if (quoted) {
      value = quoted();
    }
    if (QUANTITIES.contains(field)) {
      throw new InvalidQueryException("'" + word + "': write a quantity filter as " + field + ">=N, " + field
          + "<=N or " + field + "=N");
    }
    if (!TEXT_FIELDS.contains(field) && !FILTERS.contains(field)) {
      throw new InvalidQueryException("unknown field '" + field + ":' in the query; use title, heading, text, "
          + "issuer, region, type, year, level, modality, section, or a quantity filter such as frequency>=2");
    }
    if (value.isBlank()) {
      throw new InvalidQueryException("'" + field + ":' needs a value, e.g. " + field + ":" + example(field));
    }
    return TEXT_FIELDS.contains(field) ? new Words(value, quoted, field) : new Filter(field, value);
  }

  /** Reads a quoted phrase starting at the opening quote. */
  private String quoted() throws InvalidQueryException {
    char open = input.charAt(pos);
    char close = CLOSE_QUOTES.charAt(OPEN_QUOTES.indexOf(open));
    int end = input.indexOf(close, pos + 1);
    if (end < 0) {
      throw new InvalidQueryException("a quote in the query is not closed; add " + close);
    }
    String phrase = input.substring(pos + 1, end);
    pos = end + 1;
    if (phrase.isBlank()) {
      throw new InvalidQueryException("an empty phrase \"\" in the query; put words between the quotes");
    }
    return phrase;
  }

  private static String example(String field) {
    return switch (field) {
      case "type" -> "policy";
      case "year" -> "2018 or year:2016..2019";
      case "modality" -> "must";
      case "level" -> "市";
      case "section" -> "二";
      default -> "青岛";
    };
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || c == '\u3000';
  }
}
