#pragma once

// Shared by the libFuzzer targets in this folder (built with -DFACTDESK_FUZZ=ON
// and clang; run by tools/bootstrap.sh fuzz).

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace FactDesk::Fuzz {

/// A QCoreApplication for the whole run: the SQL plugins and QSaveFile need one.
inline void startQt()
{
    static int argc = 1;
    static char name[] = "factdesk-fuzz";
    static char *argv[] = { name, nullptr };
    static auto *application = new QCoreApplication(argc, argv);
    (void)application;
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), int(size));
}

/// A broken promise of the code under test: report it as a crash, with the reason.
[[noreturn]] inline void fail(const QString &what)
{
    std::fprintf(stderr, "FactDesk fuzz finding: %s\n", qPrintable(what));
    std::abort();
}

} // namespace FactDesk::Fuzz
