#pragma once

// Shared by the fuzz targets: a failed property is a finding, reported with
// enough context to read it without a debugger, then abort() so libFuzzer
// saves the input as crash-*.

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace WalletDesk::Fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "\n==FINDING== %s\n%s\n", what, detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        fail(what, detail);
}

} // namespace WalletDesk::Fuzz
