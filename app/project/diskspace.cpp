#include "diskspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>

namespace FactDesk {

qint64 DiskSpace::available(const QString &path)
{
    QFileInfo info(path);
    // A file not written yet: ask about the nearest folder that exists.
    QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath())
        existing = QFileInfo(existing).absolutePath();
    const QStorageInfo storage(existing);
    if (!storage.isValid() || !storage.isReady())
        return -1;
    return storage.bytesAvailable();
}

QString DiskSpace::fullReason(const QString &path, qint64 needed)
{
    const qint64 free = available(path);
    const qint64 margin = 1024 * 1024;
    if (free < 0 || free >= std::max(needed, margin))
        return {};
    //: %1 is a number of kilobytes
    return QCoreApplication::translate("FactDesk::DiskSpace", "the disk is full (%1 KB free)")
        .arg(free / 1024);
}

} // namespace FactDesk
