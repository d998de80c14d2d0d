package org.duibiao.nlp.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duibiao.nlp.deep.ActionFrame.ActorSource;
import org.junit.jupiter.api.Test;

/** Action frames derived from stored CoreNLP parses of real clauses (no CoreNLP needed). */
class FrameExtractorTest {

  private static List<ActionFrame> frames(String sentence) {
    return Fixtures.analysis(sentence).frames();
  }

  private static List<String> texts(List<Phrase> phrases) {
    return phrases.stream().map(Phrase::text).toList();
  }

  @Test
  void splitsACoordinatedSubjectIntoActorsOfOneAction() {
    List<ActionFrame> f = frames("主要负责人、分管负责人要每年与中层干部谈心谈话不少于2次");
    assertThat(f).hasSize(1);
    assertThat(texts(f.get(0).actors())).containsExactly("主要负责人", "分管负责人");
    Action a = f.get(0).action();
    assertThat(a.verb()).isEqualTo("谈心谈话");
    assertThat(a.modal()).isEqualTo("要");
    assertThat(a.adverbs()).containsExactly("每年");
    assertThat(texts(f.get(0).objects())).containsExactly("不少于2次");
    assertThat(texts(f.get(0).conditions())).containsExactly("与中层干部");
    assertThat(f.get(0).actionable()).isTrue();
  }

  @Test
  void keepsEachSubjectWithItsOwnPredicate() {
    List<ActionFrame> f = frames("市直单位党组（党委）要认真落实谈心谈话制度，各单位党组（党委）主要负责人，每年与中层干部谈心谈话不少于2次");
    assertThat(f).extracting(x -> x.action().verb()).containsExactly("落实", "谈心谈话");
    assertThat(texts(f.get(0).actors())).containsExactly("市直单位党组（党委）");
    assertThat(texts(f.get(1).actors())).containsExactly("各单位党组（党委）主要负责人");
    assertThat(f).extracting(ActionFrame::actorSource).containsOnly(ActorSource.OWN);
  }

  @Test
  void chainedPredicatesShareTheActorAndCoordinatedVerbsShareTheObject() {
    List<ActionFrame> f = frames("分管负责人每年与分管科室干部谈心谈话不少于2次，及时了解干部的思想状态、工作状况、家庭情况等，"
        + "有效引导、疏导干部情绪，做好思想工作");
    assertThat(f).extracting(x -> x.action().verb()).containsExactly("谈心谈话", "了解", "引导", "疏导", "做好");
    assertThat(f).allSatisfy(x -> assertThat(texts(x.actors())).containsExactly("分管负责人"));
    assertThat(f.subList(1, 5)).extracting(ActionFrame::actorSource).containsOnly(ActorSource.SHARED);
    assertThat(texts(f.get(2).objects())).containsExactly("干部情绪");
    assertThat(texts(f.get(3).objects())).containsExactly("干部情绪");
  }

  @Test
  void modalCarriesAlongTheChainAndDuiPhrasesAreConditions() {
    List<ActionFrame> f = frames("各单位党组（党委）要加强对干部职工的人文关怀，积极组织干部职工参加学习培训和各类文体活动，认真落实带薪年休假等制度");
    assertThat(f).extracting(x -> x.action().modal()).containsOnly("要");
    assertThat(texts(f.get(0).objects())).containsExactly("人文关怀");
    assertThat(texts(f.get(0).conditions())).containsExactly("对干部职工的");
    assertThat(texts(f.get(2).objects())).containsExactly("带薪年休假等制度");
  }

  @Test
  void enumeratedSubjectsBecomeOneActorEachWithoutTheCategory() {
    List<ActionFrame> f = frames("市委组织部、市直机关工委、市编办和市人社局等部门，要按照本意见要求，拟定相关工作的具体方案");
    assertThat(texts(f.get(0).actors())).containsExactly("市委组织部", "市直机关工委", "市编办", "市人社局");
    assertThat(texts(f.get(0).conditions())).containsExactly("按照本意见要求");
    assertThat(texts(f.get(0).objects())).containsExactly("相关工作的具体方案");

    List<ActionFrame> g = frames("各单位党组（党委）和派驻纪检监察机构，要切实履行管党治党主体责任和监督责任，强化对中层干部的日常监督管理");
    assertThat(g).allSatisfy(x -> assertThat(texts(x.actors())).containsExactly("各单位党组（党委）", "派驻纪检监察机构"));
  }

  @Test
  void rhetoricIsNotActionable() {
    ClauseAnalysis copula = Fixtures.analysis("中层干部是干事创业的中坚力量、事业发展的中流砥柱");
    assertThat(copula.frames()).hasSize(1);
    assertThat(copula.frames().get(0).action().verb()).isEqualTo("是");
    assertThat(copula.rhetoric()).isTrue();

    ClauseAnalysis attitude = Fixtures.analysis("进一步提高政治站位，凝聚发展共识，主动担当作为");
    assertThat(attitude.frames()).hasSize(3).noneMatch(ActionFrame::actionable);
    assertThat(attitude.rhetoric()).isTrue();
  }

  @Test
  void aDuiTopicIsWhoTheActionIsFor() {
    List<ActionFrame> f = frames("对表现特别优秀或者工作特殊需要的，按照规定予以破格提拔");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).action().verb()).isEqualTo("予以破格提拔");
    assertThat(texts(f.get(0).conditions())).containsExactly("对表现特别优秀或者工作特殊需要的", "按照规定");
    assertThat(f.get(0).actionable()).isTrue();
  }

  @Test
  void aCoverbPhraseIsAConditionOfTheActionAfterIt() {
    List<ActionFrame> f = frames("围绕首位产业、开放型经济、招商引资等中心工作、重点任务举办专题培训班，每年选派100名左右科长参加相关专题培训");
    assertThat(f).extracting(x -> x.action().verb()).containsExactly("举办", "选派");
    assertThat(texts(f.get(0).conditions())).containsExactly("围绕首位产业、开放型经济、招商引资等中心工作、重点任务");
  }

  @Test
  void offsetsPointIntoTheClauseText() {
    for (String s : Fixtures.sentences()) {
      ClauseAnalysis a = Fixtures.analysis(s);
      for (ActionFrame f : a.frames()) {
        assertThat(s.substring(f.action().start(), f.action().end())).isEqualTo(f.action().verb());
        for (Phrase p : f.actors()) {
          assertThat(s.substring(p.start(), p.end())).isEqualTo(p.text());
        }
        for (Phrase p : f.objects()) {
          assertThat(s.substring(p.start(), p.end())).isEqualTo(p.text());
        }
        for (Phrase p : f.conditions()) {
          assertThat(s.substring(p.start(), p.end())).isEqualTo(p.text());
        }
      }
      for (Entity e : a.entities()) {
        assertThat(s.substring(e.start(), e.end())).isEqualTo(e.text());
      }
    }
  }

  @Test
  void entitiesAreMergedPerEntity() {
    assertThat(Fixtures.analysis("安庆市委组织部负责全市干部教育培训工作").entities("ORG"))
        .extracting(Entity::text).containsExactly("安庆市委组织部");
    assertThat(Fixtures.analysis("各县（市、区）要在2019年底前建立年轻干部人才库").entities("DATE"))
        .extracting(Entity::text).contains("2019年");
  }
}
