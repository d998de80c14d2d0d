package org.duibiao.cli;

import java.nio.file.Path;
import org.duibiao.nlp.deep.DeepAnalyzer;
import picocli.CommandLine.Option;

/**
 * Deep-analysis options shared by the commands that can use CoreNLP ({@code analyze}, {@code check} and {@code rules
 * draft}). {@code --no-deep}, {@code -Dduibiao.deep=off} and {@code DUIBIAO_DEEP=off}
 * all turn it off.
 */
final class DeepOptions {
  @Option(names = "--no-deep", description = "do not use CoreNLP (also DUIBIAO_DEEP=off); HanLP alone")
  boolean noDeep;

  @Option(names = "--deep-cache", paramLabel = "DIR",
      description = "folder of the deep analysis cache (default: index/deep-cache of the installation)")
  Path cacheDir;

  boolean enabled() {
    return !noDeep && DeepAnalyzer.enabled();
  }

  String offReason() {
    return noDeep ? "--no-deep" : DeepAnalyzer.SWITCH_ENV + "/" + DeepAnalyzer.SWITCH_PROPERTY + " is off";
  }

  Path cacheDir() {
    return cacheDir != null ? cacheDir : Home.path("index").resolve("deep-cache");
  }

  /** The analyzer, with the cache unless {@code noCache}. */
  DeepAnalyzer analyzer(boolean noCache) {
    return new DeepAnalyzer(noCache ? null : cacheDir());
  }
}
