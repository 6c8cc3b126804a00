package cn.qingyang.assistance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 青阳县社会救助主动发现: Camunda 7 engine, webapps and REST API in one Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DiscoveryApplication {

    public static void main(String[] args) {
        SpringApplication.run(DiscoveryApplication.class, args);
    }
}
