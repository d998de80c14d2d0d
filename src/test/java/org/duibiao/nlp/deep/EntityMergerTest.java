package org.duibiao.nlp.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {
  private static final String TEXT = "中共安庆市委组织部和2018年";

  @Test
  void aPlaceOrOrganizationFollowedByAnOrganizationIsOneOrganization() {
    List<Entity> merged = EntityMerger.merge(TEXT, List.of(
        new Entity("中共", "ORG", 0, 2, ""),
        new Entity("安庆", "GPE", 2, 4, ""),
        new Entity("市委组织部", "ORG", 4, 9, ""),
        new Entity("2018年", "DATE", 10, 15, "2018")));
    assertThat(merged).containsExactly(new Entity("中共安庆市委组织部", "ORG", 0, 9, ""),
        new Entity("2018年", "DATE", 10, 15, "2018"));
  }

  @Test
  void separatedOrDifferentEntitiesStayApart() {
    List<Entity> kept = List.of(new Entity("安庆", "GPE", 2, 4, ""), new Entity("2018年", "DATE", 10, 15, ""));
    assertThat(EntityMerger.merge(TEXT, kept)).isEqualTo(kept);
    List<Entity> gap = List.of(new Entity("中共", "ORG", 0, 2, ""), new Entity("组织部", "ORG", 6, 9, ""));
    assertThat(EntityMerger.merge(TEXT, gap)).isEqualTo(gap);
  }
}
