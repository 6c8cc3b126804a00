package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Bare Camunda 7 webapp + REST application: the baseline of the P5 benchmark (cn.qingyang.assistance.benchmark.Benchmarks). */
@SpringBootApplication
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
