package com.cms.platform.privacy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** A key vault for unit tests of the cipher logic; the PostgreSQL vault is exercised end to end. */
final class InMemoryKeys extends KeyVault {

    private final Map<UUID, byte[]> secrets = new HashMap<>();

    InMemoryKeys() {
        super(null);
    }

    @Override
    public Optional<SecretKey> keyForWriting(UUID subject) {
        secrets.computeIfAbsent(subject, s -> {
            byte[] secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
            return secret;
        });
        return existingKey(subject);
    }

    @Override
    public Optional<SecretKey> existingKey(UUID subject) {
        return Optional.ofNullable(secrets.get(subject)).map(secret -> new SecretKeySpec(secret, "AES"));
    }

    @Override
    public void shred(UUID subject) {
        secrets.put(subject, null);
    }

    @Override
    public boolean isShredded(UUID subject) {
        return secrets.containsKey(subject) && secrets.get(subject) == null;
    }
}
