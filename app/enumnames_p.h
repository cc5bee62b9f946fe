#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>

namespace FactDesk {

/// Maps an enum whose values are 0..N-1 to the stable names used in files.
template<typename Enum, std::size_t N>
QString enumName(const std::array<const char *, N> &names, Enum value)
{
    return QLatin1String(names[static_cast<std::size_t>(value)]);
}

template<typename Enum, std::size_t N>
bool enumFromName(const QString &text, const std::array<const char *, N> &names, Enum *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i])) {
            *out = static_cast<Enum>(i);
            return true;
        }
    }
    return false;
}

} // namespace FactDesk
