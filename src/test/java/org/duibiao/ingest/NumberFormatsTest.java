package org.duibiao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** List numbers in Word's number formats, as Word writes them. */
class NumberFormatsTest {

  @Test
  void chineseAndOtherFormats() {
    assertThat(List.of(1, 9, 10, 11, 19, 20, 21, 99, 100)).extracting(n -> NumberFormats.format(n, "chineseCounting"))
        .containsExactly("一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一〇〇");
    assertThat(List.of(10, 15, 100, 101, 110, 111, 1000, 1010)).extracting(
        n -> NumberFormats.format(n, "chineseCountingThousand"))
        .containsExactly("十", "十五", "一百", "一百〇一", "一百一十", "一百一十一", "一千", "一千〇一十");
    assertThat(List.of(3, 10, 12, 20, 105)).extracting(n -> NumberFormats.format(n, "chineseLegalSimplified"))
        .containsExactly("叁", "壹拾", "壹拾贰", "贰拾", "壹佰零伍");
    assertThat(List.of(1, 4, 10, 11)).extracting(n -> NumberFormats.format(n, "ideographTraditional"))
        .containsExactly("甲", "丁", "癸", "11");
    assertThat(List.of(1, 12)).extracting(n -> NumberFormats.format(n, "ideographZodiac")).containsExactly("子", "亥");
    assertThat(List.of(10, 11, 20, 100, 111)).extracting(n -> NumberFormats.format(n, "japaneseCounting"))
        .containsExactly("十", "十一", "二十", "百", "百十一");
    assertThat(NumberFormats.format(1, "decimalEnclosedCircle")).isEqualTo("①");
    assertThat(NumberFormats.format(20, "decimalEnclosedCircleChinese")).isEqualTo("⑳");
    assertThat(NumberFormats.format(21, "decimalEnclosedCircle")).isEqualTo("21");
    assertThat(NumberFormats.format(2, "decimalEnclosedParen")).isEqualTo("⑵");
    assertThat(NumberFormats.format(12, "decimalFullWidth")).isEqualTo("１２");
    assertThat(List.of(1, 26, 27, 53)).extracting(n -> NumberFormats.format(n, "lowerLetter"))
        .containsExactly("a", "z", "aa", "aaa");
    assertThat(NumberFormats.format(3, "upperLetter")).isEqualTo("C");
    assertThat(NumberFormats.format(4, "lowerRoman")).isEqualTo("iv");
    assertThat(NumberFormats.format(14, "upperRoman")).isEqualTo("XIV");
    assertThat(NumberFormats.format(7, "decimal")).isEqualTo("7");
    assertThat(NumberFormats.format(7, "someFutureFormat")).isEqualTo("7");
  }
}
