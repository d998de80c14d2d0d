package org.duibiao.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The ingest stage: a file in, {@link ExtractedText} out. Detects the format from the content (not the file name),
 * decodes plain text in whatever encoding it came in, and hands everything else to Tika's AutoDetectParser with its
 * zip-bomb protection on, a character limit and a time limit. Every failure is an {@link UnreadableInputException}
 * with a one-line message.
 */
public final class DocumentExtractor {

  private static final ExecutorService PARSERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "duibiao-tika");
    t.setDaemon(true);
    return t;
  });

  private final IngestLimits limits;
  private final Detector detector;
  private final Parser parser;

  public DocumentExtractor(IngestLimits limits) {
    this.limits = limits;
    TikaConfig config = TikaConfig.getDefaultConfig();
    this.detector = config.getDetector();
    this.parser = new AutoDetectParser(config);
  }

  public DocumentExtractor() {
    this(IngestLimits.DEFAULT);
  }

  /** Reads one file. */
  public ExtractedText extract(Path file) throws UnreadableInputException {
    String name = file.toString();
    byte[] bytes = read(file, name);
    return extract(name, bytes);
  }

  /** Reads a document already in memory; {@code name} is used in messages only. */
  public ExtractedText extract(String name, byte[] bytes) throws UnreadableInputException {
    if (bytes.length == 0) {
      throw new UnreadableInputException(name, "the file is empty", "check that it was saved or copied completely");
    }
    MediaType type = detect(name, bytes);
    String base = type.getBaseType().toString();
    if (isPlainText(type)) {
      return plainText(name, TextDecoder.decode(bytes));
    }
    if (base.equals("application/zip")) { // a .docx or .odt whose document Tika did not find inside, or a plain zip
      throw notADocument(name, true);
    }
    if (base.equals("application/octet-stream")) {
      TextDecoder.Decoded d = TextDecoder.sniffText(bytes);
      if (d == null) {
        throw notADocument(name, false);
      }
      return plainText(name, d);
    }
    return checked(name, parse(name, bytes, base), base);
  }

  private ExtractedText plainText(String name, TextDecoder.Decoded d) throws UnreadableInputException {
    if (d.text().length() > limits.maxChars()) {
      throw tooLong(name);
    }
    return checked(name, new ExtractedText(name, d.text(), "text/plain", d.charset(), Map.of()), "text/plain");
  }

  private static final String READABLE = "give a .txt, .html, .docx, .doc, .pdf, .rtf or .odt file";

  /**
   * Content that is no document duibiao reads, binary data or a {@code zip} archive: say what the extension
   * promised, if anything. A zipped format (.docx, .odt …) whose document is not inside is most likely damaged.
   */
  private static UnreadableInputException notADocument(String name, boolean zip) {
    String ext = extension(name);
    String looksLike = zip ? "a zip archive" : "binary data";
    if (!ext.matches("pdf|docx?|odt|rtf|html?|xlsx?|pptx?")) {
      return new UnreadableInputException(name, "not a document format duibiao can read (content looks like "
          + looksLike + ")", zip ? "unpack it and give the documents inside" : READABLE);
    }
    String fix = zip && ext.matches("docx|odt|xlsx|pptx")
        ? "the file may be truncated or damaged: open it in its program and save it again" : READABLE;
    return new UnreadableInputException(name, "named ." + ext + " but its content is not a ." + ext + " file (it "
        + "looks like " + looksLike + ")", fix);
  }

  /** The file name's extension, lower-cased; empty when it has none (dir.v2/report has none). */
  private static String extension(String name) {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
  }

  private byte[] read(Path file, String name) throws UnreadableInputException {
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableInputException(name, "is a directory, not a file", "name a document file");
      }
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new UnreadableInputException(name, String.format("the file is %.1f MB, more than the %.1f MB limit",
            size / 1048576.0, limits.maxBytes() / 1048576.0), "split it, or raise the limit with --max-bytes");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(name, "no such file", "check the path");
    } catch (IOException e) {
      throw new UnreadableInputException(name, "cannot be read (" + e.getClass().getSimpleName() + ")",
          "check that the file exists and is readable");
    }
  }

  private MediaType detect(String name, byte[] bytes) throws UnreadableInputException {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return detector.detect(in, new Metadata());
    } catch (IOException e) {
      throw new UnreadableInputException(name, "its format could not be detected", "check that the file is complete");
    }
  }

  private static boolean isPlainText(MediaType type) {
    String base = type.getBaseType().toString();
    return base.equals("text/plain") || base.startsWith("text/x-") && !base.equals("text/x-web-markdown")
        || base.equals("text/csv") || base.equals("text/tab-separated-values") || base.equals("text/x-web-markdown");
  }

  private ExtractedText parse(String name, byte[] bytes, String type) throws UnreadableInputException {
    Future<ExtractedText> job = PARSERS.submit(() -> tikaParse(name, bytes, type));
    try {
      return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new UnreadableInputException(name, "parsing took longer than " + limits.timeout().toSeconds() + " s",
          "the file may be damaged or extremely complex; raise the limit with --timeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreadableInputException(name, "reading was interrupted", "run again");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UnreadableInputException u) {
        throw u;
      }
      throw failure(name, type, cause);
    }
  }

  /**
   * Word documents as they read when printed: a tracked deletion or the old place of moved text is not the
   * document's text (a changed 10名 → 20名 would read 1020名), nor are page headers and footers (内部文件 注意保存 is
   * no title). Tika's streaming DOCX reader is the one that honours the first two; it also keeps a table row on one
   * line and leaves comments and footnotes for after the body.
   */
  private static final OfficeParserConfig OFFICE = office();

  private static OfficeParserConfig office() {
    OfficeParserConfig c = new OfficeParserConfig();
    c.setUseSAXDocxExtractor(true);
    c.setIncludeDeletedContent(false);
    c.setIncludeMoveFromContent(false);
    c.setIncludeHeadersAndFooters(false);
    return c;
  }

  private ExtractedText tikaParse(String name, byte[] bytes, String type) throws Exception {
    BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
    Metadata metadata = new Metadata();
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser); // embedded documents are parsed too, under the same limits
    context.set(OfficeParserConfig.class, OFFICE);
    byte[] input = type.equals(DOCX) ? WordPackage.prepare(bytes) : bytes;
    try (InputStream in = new ByteArrayInputStream(input)) {
      // A word processor's table holds a task per row; a web page's table is often its whole layout.
      parser.parse(in, wordProcessor(type) ? new TableRows(handler) : handler, metadata, context);
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw tooLong(name);
      }
      throw e;
    }
    Map<String, String> meta = new TreeMap<>();
    put(meta, "title", metadata.get(TikaCoreProperties.TITLE));
    put(meta, "author", metadata.get(TikaCoreProperties.CREATOR));
    put(meta, "created", metadata.get(TikaCoreProperties.CREATED));
    String charset = metadata.get(Metadata.CONTENT_ENCODING);
    return new ExtractedText(name, handler.toString(), type, charset, meta);
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) {
      m.put(k, v.strip());
    }
  }

  private UnreadableInputException tooLong(String name) {
    return new UnreadableInputException(name, "has more than " + limits.maxChars() + " characters of text",
        "split it, or raise the limit with --max-chars");
  }

  private static UnreadableInputException failure(String name, String type, Throwable cause) {
    String kind = describe(type);
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException) {
        return new UnreadableInputException(name, "the " + kind + " is encrypted (password-protected)",
            "save an unprotected copy and try again");
      }
      if (t instanceof ZeroByteFileException) {
        return new UnreadableInputException(name, "the file is empty", "check that it was saved or copied completely");
      }
      String msg = String.valueOf(t.getMessage());
      if (msg.contains("zip bomb") || msg.contains("Zip bomb")) {
        return new UnreadableInputException(name, "refused: the " + kind + " expands to far more data than it holds "
            + "(suspected zip bomb)", "if the file is genuine, save its text as a .txt file and give that");
      }
      if (t instanceof OutOfMemoryError) {
        return new UnreadableInputException(name, "the " + kind + " needs more memory than is available to parse",
            "simplify or split the document");
      }
    }
    String detail = cause instanceof TikaException ? "" : " (" + cause.getClass().getSimpleName() + ")";
    return new UnreadableInputException(name, "cannot be read as " + kind + detail,
        "the file may be truncated or damaged; open it in its program and save it again");
  }

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static boolean wordProcessor(String type) {
    return type.contains("wordprocessingml") || type.equals("application/msword") || type.equals("application/rtf")
        || type.equals("application/x-tika-msoffice") || type.equals("application/vnd.oasis.opendocument.text");
  }

  private static String describe(String type) {
    return switch (type) {
      case "application/pdf" -> "PDF";
      case DOCX -> "Word (.docx) document";
      case "application/msword", "application/x-tika-msoffice" -> "Word (.doc) document";
      case "text/html", "application/xhtml+xml" -> "HTML page";
      case "application/rtf" -> "RTF document";
      default -> type + " file";
    };
  }

  private static ExtractedText checked(String name, ExtractedText t, String type) throws UnreadableInputException {
    if (t.text().isBlank()) {
      String why = switch (type) {
        case "application/pdf" -> "the PDF has no text layer (a scan?)";
        case "text/html", "application/xhtml+xml" -> "the HTML page has no visible text";
        default -> "the file has no text";
      };
      String fix = type.equals("application/pdf")
          ? "run OCR on it first (duibiao does not read scanned images yet)"
          : "check that this is the intended document";
      throw new UnreadableInputException(name, why, fix);
    }
    return t;
  }
}
