package com.cms.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one personal field with its subject's key, AES-GCM from the JDK. The subject and the field name are
 * authenticated too, so a ciphertext cannot be moved to another person or field unnoticed.
 */
public class PersonalDataCipher {

    /** Marks an encrypted value in the stored JSON; anything without it is legacy plaintext. */
    public static final String PREFIX = "pii:v1:";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyVault vault;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(KeyVault vault) {
        this.vault = vault;
    }

    /** The key to encrypt the subject's fields with, created on first use; empty once shredded. */
    public Optional<SecretKey> keyForWriting(UUID subject) {
        return vault.keyForWriting(subject);
    }

    /** The key to decrypt the subject's fields with; empty once shredded. */
    public Optional<SecretKey> keyForReading(UUID subject) {
        return vault.existingKey(subject);
    }

    public boolean isShredded(UUID subject) {
        return vault.isShredded(subject);
    }

    /** The encrypted form; {@code null} when the subject was shredded, since nothing may be kept of it. */
    public String encrypt(Optional<SecretKey> key, UUID subject, String field, String plaintext) {
        if (key.isEmpty()) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key.get(), iv, subject, field);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a personal field of " + subject, e);
        }
    }

    /** The plaintext; empty when the subject's key was shredded. Legacy plaintext passes through unchanged. */
    public Optional<String> decrypt(Optional<SecretKey> key, UUID subject, String field, String stored) {
        if (!isEncrypted(stored)) {
            return Optional.of(stored);
        }
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] data = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key.get(), Arrays.copyOf(data, IV_BYTES), subject, field);
            byte[] plain = cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a personal field of " + subject + " does not decrypt: tampered or wrong key", e);
        }
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, UUID subject, String field)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD((subject + "/" + field).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
