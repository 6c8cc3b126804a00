package cn.qingyang.assistance.household;

import cn.qingyang.assistance.common.ApiException;
import org.springframework.http.HttpStatus;

/** A change the household file cannot take as asked (并户 of a member of another household...), said in Chinese. */
public class HouseholdConflictException extends ApiException {

    public HouseholdConflictException(String message, String field) {
        super(HttpStatus.CONFLICT, "HOUSEHOLD_CONFLICT", message, field);
    }
}
