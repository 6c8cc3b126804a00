package cn.qingyang.assistance.intake;

/**
 * Whose household a reported person belongs to, as a roster says it (户主姓名, 与户主关系): the
 * head's ID number, already registered, and the person's relation to the head (a code of
 * {@code household.HouseholdCodes.RELATIONS}, not 户主). Only what the office wrote in one file;
 * nothing is merged on a name match against the database.
 */
public record HouseholdHint(String headIdNumber, String relation) {
}
