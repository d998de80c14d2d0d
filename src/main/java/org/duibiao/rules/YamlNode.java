package org.duibiao.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML tree that remembers where each node starts, so validation can say {@code file:line:col}. Built from
 * Jackson's YAML token stream.
 */
final class YamlNode {

  enum Kind { MAP, LIST, SCALAR, NULL }

  final Kind kind;
  final int line;
  final int col;
  final String scalar;
  final Map<String, YamlNode> map;
  final Map<String, int[]> keyPositions;
  final List<YamlNode> list;

  private YamlNode(Kind kind, int line, int col, String scalar, Map<String, YamlNode> map, Map<String, int[]> keys,
      List<YamlNode> list) {
    this.kind = kind;
    this.line = line;
    this.col = col;
    this.scalar = scalar;
    this.map = map;
    this.keyPositions = keys;
    this.list = list;
  }

  static YamlNode parse(String text) throws IOException {
    try (JsonParser p = RuleSetLoader.YAML.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new YamlNode(Kind.NULL, 1, 1, null, Map.of(), Map.of(), List.of());
      }
      return read(p);
    }
  }

  private static YamlNode read(JsonParser p) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, YamlNode> m = new LinkedHashMap<>();
        Map<String, int[]> keys = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation kl = p.currentTokenLocation();
          keys.put(name, new int[] {kl.getLineNr(), kl.getColumnNr()});
          p.nextToken();
          m.put(name, read(p));
        }
        return new YamlNode(Kind.MAP, line, col, null, m, keys, List.of());
      }
      case START_ARRAY -> {
        List<YamlNode> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(read(p));
        }
        return new YamlNode(Kind.LIST, line, col, null, Map.of(), Map.of(), l);
      }
      case VALUE_NULL -> {
        return new YamlNode(Kind.NULL, line, col, null, Map.of(), Map.of(), List.of());
      }
      default -> {
        return new YamlNode(Kind.SCALAR, line, col, p.getText(), Map.of(), Map.of(), List.of());
      }
    }
  }

  YamlNode get(String key) {
    return map.get(key);
  }

  String describe() {
    return switch (kind) {
      case MAP -> "a mapping";
      case LIST -> "a list";
      case SCALAR -> "'" + scalar + "'";
      case NULL -> "nothing";
    };
  }
}
