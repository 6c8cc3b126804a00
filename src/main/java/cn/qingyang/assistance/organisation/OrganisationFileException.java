package cn.qingyang.assistance.organisation;

/** The organisation list cannot be used; the message says where and why, in Chinese. */
class OrganisationFileException extends RuntimeException {

    public OrganisationFileException(String message) {
        super(message);
    }

    public OrganisationFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
