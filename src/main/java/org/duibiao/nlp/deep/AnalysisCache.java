package org.duibiao.nlp.deep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis cache: one gzipped JSON file per document, {@code <sha256 of the normalized text>.json.gz}, holding
 * CoreNLP's parse of each of its clauses (tokens, tags, entities, dependency edges). Action frames are not stored:
 * they are derived again on load, so improving the frame rules needs no re-parse. An entry made with other
 * pipeline settings, or one that cannot be read, is a miss, never an error; entries are written to a temporary file
 * and moved into place, so a reader never sees half an entry.
 *
 * <pre>
 * {"format": "duibiao-deep/1", "pipeline": "corenlp-4.5.10/zh/…", "key": "…",
 *  "clauses": [{"text": "…",
 *               "tokens": [["市直", "NN", "O", 0, 2], …],          word, POS, NER, start, end
 *               "deps": [[0, 2, "compound:nn"], [3, -1, "root"], …],  dependent, head (-1 root), relation
 *               "entities": [["市直机关工委", "ORG", 4, 10, ""], …]}]}  text, type, start, end, value
 * </pre>
 */
final class AnalysisCache {
  static final String FORMAT = "duibiao-deep/1";
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisCache.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path dir;

  AnalysisCache(Path dir) {
    this.dir = dir;
  }

  Path file(String key) {
    return dir.resolve(key + ".json.gz");
  }

  /** The cached parses of a document by clause text; empty when there is no usable entry. */
  Map<String, ClauseParse> read(String key) {
    Path f = file(key);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      Map<String, ClauseParse> out = readEntry(in, key);
      if (out == null) {
        LOG.info("{}: made with other settings; recomputing", f);
        return Map.of();
      }
      return out;
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | RuntimeException e) {
      LOG.warn("{}: unreadable analysis cache entry ({}); recomputing", f, e.toString());
      return Map.of();
    }
  }

  /** Reads an entry (plain JSON); null when it was made for another key or with other settings. */
  static Map<String, ClauseParse> readEntry(InputStream in, String key) throws IOException {
    JsonNode root = MAPPER.readTree(in);
    if (!FORMAT.equals(root.path("format").asText()) || !ChinesePipeline.ID.equals(root.path("pipeline").asText())
        || !key.equals(root.path("key").asText())) {
      return null;
    }
    Map<String, ClauseParse> out = new LinkedHashMap<>();
    for (JsonNode c : root.path("clauses")) {
      ClauseParse p = parse(c);
      out.put(p.text(), p);
    }
    return out;
  }

  /** Writes an entry as plain JSON. */
  static void writeEntry(OutputStream out, String key, List<ClauseParse> parses) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("pipeline", ChinesePipeline.ID);
    root.put("key", key);
    ArrayNode clauses = root.putArray("clauses");
    for (ClauseParse p : parses) {
      clauses.add(json(p));
    }
    MAPPER.writeValue(out, root);
  }

  /** Writes a document's entry atomically; a cache that cannot be written is reported and otherwise ignored. */
  void write(String key, List<ClauseParse> parses) {
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, key, ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        writeEntry(out, key, parses);
      }
      readableByAll(tmp);
      try {
        Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.warn("{}: cannot write the analysis cache ({}); the analysis is not kept", dir, e.toString());
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
    }
  }

  /** Temporary files are private to their owner; a cache entry is as readable as the documents it describes. */
  private static void readableByAll(Path f) {
    try {
      Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system: keep the default permissions
    }
  }

  private static ObjectNode json(ClauseParse p) {
    ObjectNode c = MAPPER.createObjectNode();
    c.put("text", p.text());
    ArrayNode tokens = c.putArray("tokens");
    for (Token t : p.tokens()) {
      tokens.addArray().add(t.word()).add(t.pos()).add(t.ner()).add(t.start()).add(t.end());
    }
    ArrayNode deps = c.putArray("deps");
    for (Dependency d : p.dependencies()) {
      deps.addArray().add(d.dependent()).add(d.head()).add(d.relation());
    }
    ArrayNode entities = c.putArray("entities");
    for (Entity e : p.entities()) {
      entities.addArray().add(e.text()).add(e.type()).add(e.start()).add(e.end()).add(e.value());
    }
    return c;
  }

  private static ClauseParse parse(JsonNode c) {
    String text = c.get("text").asText();
    List<Token> tokens = new ArrayList<>();
    for (JsonNode t : c.get("tokens")) {
      tokens.add(new Token(tokens.size(), t.get(0).asText(), t.get(1).asText(), t.get(2).asText(), t.get(3).asInt(),
          t.get(4).asInt()));
    }
    List<Dependency> deps = new ArrayList<>();
    for (JsonNode d : c.get("deps")) {
      deps.add(new Dependency(d.get(1).asInt(), d.get(0).asInt(), d.get(2).asText()));
    }
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : c.get("entities")) {
      entities.add(new Entity(e.get(0).asText(), e.get(1).asText(), e.get(2).asInt(), e.get(3).asInt(),
          e.get(4).asText()));
    }
    return new ClauseParse(text, tokens, entities, deps);
  }
}
