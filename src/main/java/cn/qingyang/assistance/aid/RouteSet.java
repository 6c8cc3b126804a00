package cn.qingyang.assistance.aid;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** For diagram expressions: {@code ${routeSet.list(referralDepartments)}} as a multi-instance collection. */
@Component("routeSet")
public class RouteSet {

    public List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
