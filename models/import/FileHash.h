#pragma once

#include <QString>

/** Content hashes of import sources, as import_batches.content_hash records them. */
namespace FileHash {

/**
 * SHA-256 of the file's bytes as 64 lower-case hex digits; empty when the file cannot be read.
 * Uses OpenSSL's libcrypto, which uses the CPU's SHA instructions where there are some: several
 * times faster than QCryptographicHash, which matters because it runs beside a large import.
 * Thread-safe.
 */
QString sha256Hex(const QString &path);

} // namespace FileHash
