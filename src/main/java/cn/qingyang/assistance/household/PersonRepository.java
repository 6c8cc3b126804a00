package cn.qingyang.assistance.household;

import cn.qingyang.assistance.crypto.BlindIndex;
import cn.qingyang.assistance.crypto.FieldCipher;
import cn.qingyang.assistance.person.ResidentIdNumber;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Persons as every channel records them: found by the blind index of the ID number
 * ({@link BlindIndex}, under every configured index key), the number and phone sealed
 * ({@link FieldCipher}). Registration and the home visit's members go through the same rules, so a
 * person is never created twice.
 */
@Repository
public class PersonRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;

    public PersonRepository(JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    /** The person with this ID number, if any. */
    public Optional<Long> find(ResidentIdNumber idNumber) {
        // under every configured index key: during a rotation of the index key a person may still
        // carry the old one (the unique constraint is on the current one: two new rows of one
        // person cannot both be inserted)
        return jdbc.sql("SELECT id FROM person WHERE id_number_index IN (:indexes)")
                .param("indexes", index.candidates(idNumber.value())).query(Long.class).optional();
    }

    /** The person's id, inserting the person the first time (name and phone kept up to date). */
    public long upsert(ResidentIdNumber idNumber, String name, String phone, String townshipCode, String villageCode) {
        Optional<Long> existing = find(idNumber);
        if (existing.isPresent()) {
            jdbc.sql("UPDATE person SET name = :name, phone = COALESCE(:phone, phone) WHERE id = :id")
                    .param("name", name).param("phone", cipher.seal(phone)).param("id", existing.get()).update();
            return existing.get();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO person (id_number, id_number_index, name, phone, township_code, village_code) "
                        + "VALUES (:idNumber, :index, :name, :phone, :township, :village)")
                .param("idNumber", cipher.seal(idNumber.value())).param("index", index.of(idNumber.value()))
                .param("name", name).param("phone", cipher.seal(phone)).param("township", townshipCode)
                .param("village", villageCode).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A corrected ID number (a typing error found at the visit): sealed and indexed as a new one would be. */
    public void correctIdNumber(long personId, ResidentIdNumber idNumber) {
        jdbc.sql("UPDATE person SET id_number = :idNumber, id_number_index = :index WHERE id = :id")
                .param("idNumber", cipher.seal(idNumber.value())).param("index", index.of(idNumber.value()))
                .param("id", personId).update();
    }

    public void rename(long personId, String name) {
        jdbc.sql("UPDATE person SET name = :name WHERE id = :id").param("name", name).param("id", personId).update();
    }
}
