package org.duibiao.index;

import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.duibiao.structure.DocumentType;

/** Filters: metadata (on every entry) and what only clauses have (modality, section, quantities). */
final class Filters {

  private static final Set<String> MODALITIES = Set.of("must", "should", "encouraged", "may", "forbidden");

  private Filters() {}

  /** True for the filters only clause entries can answer. */
  static boolean onClauses(String field) {
    return field.equals("modality") || field.equals("section");
  }

  /** True for the filters only document entries can answer (substrings of the issuer and the region). */
  static boolean onDocuments(String field) {
    return field.equals("issuer") || field.equals("region");
  }

  /** A filter as used in the query ({@code issuer:…}) and by the search options. */
  static Query filter(String field, String value, TextQueries text) throws InvalidQueryException {
    String v = value.strip();
    switch (field) {
      case "issuer", "region" -> {
        return TextQueries.require(text.bigrams(Schema.bigrams(field), TextQueries.normalize(v)), v);
      }
      case "type" -> {
        try {
          return new TermQuery(new Term(Schema.TYPE, DocumentType.fromLabel(v).label()));
        } catch (IllegalArgumentException e) {
          throw new InvalidQueryException(e.getMessage());
        }
      }
      case "year" -> {
        int[] range = years(v);
        return IntPoint.newRangeQuery(Schema.YEAR, range[0], range[1]);
      }
      case "level" -> {
        return new TermQuery(new Term(Schema.LEVEL, TextQueries.normalize(v)));
      }
      case "modality" -> {
        if (!MODALITIES.contains(v)) {
          throw new InvalidQueryException("unknown modality '" + v + "'; use must, should, encouraged, may or forbidden");
        }
        return new TermQuery(new Term(Schema.MODALITY, v));
      }
      case "section" -> {
        String path = TextQueries.normalize(v);
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.SECTION, path)), Occur.SHOULD)
            .add(new PrefixQuery(new Term(Schema.SECTION, path + "/")), Occur.SHOULD).build();
      }
      default -> throw new InvalidQueryException("unknown filter '" + field + "'");
    }
  }

  /** 2018, 2016..2019 or 2016-2019. */
  static int[] years(String v) throws InvalidQueryException {
    String[] parts = v.split("\\.\\.|-", -1);
    try {
      int from = Integer.parseInt(parts[0].strip());
      int to = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : from;
      if (parts.length > 2 || from > to) {
        throw new NumberFormatException();
      }
      return new int[] {from, to};
    } catch (NumberFormatException e) {
      throw new InvalidQueryException("'" + v + "' is not a year or a range of years; write 2018 or 2016..2019");
    }
  }

  /** A quantity filter on the comparable scale the indexer used (frequencies per year, durations in months). */
  static Query compare(QuerySyntax.Compare c) {
    double v = c.value();
    String field = Schema.QUANTITY + switch (c.kind()) {
      case "years", "months" -> "duration";
      default -> c.kind();
    };
    if (c.kind().equals("deadline")) {
      int y = (int) v; // deadlines are year * 12 + month
      return DoublePoint.newRangeQuery(field, low(c.op(), y * 12 + 1, (y + 1) * 12 + 1),
          high(c.op(), y * 12 + 12, (y - 1) * 12 + 12));
    }
    if (c.kind().equals("years")) {
      v *= 12;
    }
    return DoublePoint.newRangeQuery(field, low(c.op(), v, Math.nextUp(v)), high(c.op(), v, Math.nextDown(v)));
  }

  /** The lower bound for an operator: {@code inclusive} for >= and =, {@code exclusive} for >. */
  private static double low(String op, double inclusive, double exclusive) {
    return switch (op) {
      case ">=", "=" -> inclusive;
      case ">" -> exclusive;
      default -> Double.NEGATIVE_INFINITY;
    };
  }

  private static double high(String op, double inclusive, double exclusive) {
    return switch (op) {
      case "<=", "=" -> inclusive;
      case "<" -> exclusive;
      default -> Double.POSITIVE_INFINITY;
    };
  }
}
