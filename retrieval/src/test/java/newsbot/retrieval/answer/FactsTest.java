package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The facts a sentence states, on sentences of eval/pages and the seed pages. */
class FactsTest {

  @Test
  void should_count_dates_figures_phone_numbers_and_named_officials_once_each() {
    assertEquals(Set.of("1860处", "4.2万个"),
        Facts.of("截至目前,全市已建成电动自行车集中充电场所1860处、充电口4.2万个,覆盖所有住宅小区和行政村。"));
    assertEquals(Set.of("11月17日", "2026年3月31日"),
        Facts.of("本报讯 11月17日,记者从市消防救援大队获悉,即日起至2026年3月31日,我市将开展专项整治。"));
    assertEquals(Set.of("96119"), Facts.of("群众发现火灾隐患,可拨打96119举报。"));
    assertEquals(Set.of("市长潘加林"), Facts.of("副市长潘加林参加会议。"));
    assertEquals(Set.of("队长钱振宇"), Facts.of("“电池一旦热失控,就会蔓延成大火。”市消防救援大队大队长钱振宇说。"));
    assertEquals(Set.of("《西园记》", "12月6日", "2张"),
        Facts.of("12月6日晚在平湖大剧院上演的越剧《西园记》需提前预约领票,每人限领2张。"));
  }

  @Test
  void should_find_no_fact_in_a_reports_boilerplate() {
    assertEquals(Set.of(), Facts.of("研讨会上,与会嘉宾围绕将算力资源高效转化为新质生产力,进行了分享交流。"));
    assertEquals(0.0, Facts.density("本报讯 昨天上午,算力赋能浙江经济发展专题研讨会在平湖召开。"));
    assertEquals(1.0, Facts.density(
        "2025年,平湖44家人工智能相关企业人工智能产业营收同比增长45%,投资同比增长118%,均领跑嘉兴。"));
  }
}
