#pragma once

#include <QString>

namespace FactDesk {

/**
 * What the volume holding a file has left, for messages that tell a full disk
 * from other write failures: Qt reports ENOSPC as "Unknown error" on some
 * paths, and SQLite as "disk I/O error".
 */
class DiskSpace
{
public:
    /// Bytes this user may still write on the volume of path (or of its folder); -1 when unknown.
    static qint64 available(const QString &path);
    /**
     * "the disk is full (N KB free)" when a write of about `needed` bytes
     * cannot fit (at least 1 MiB is required: file systems and SQLite need
     * room beyond the data); empty when the volume has room.
     */
    static QString fullReason(const QString &path, qint64 needed = 0);
};

} // namespace FactDesk
