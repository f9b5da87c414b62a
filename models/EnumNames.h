#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace WalletDesk {

// Each domain enum specialises EnumNames with a table of its wire names.
// The wire names are part of the API contract (docs/api.md): never rename one.
template<typename E> struct EnumNames;

template<typename E> QString enumToString(E value)
{
    for (const auto &[v, name] : EnumNames<E>::table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E> std::optional<E> enumFromString(QStringView text)
{
    for (const auto &[v, name] : EnumNames<E>::table) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

template<typename E> QStringList enumNames()
{
    QStringList names;
    for (const auto &entry : EnumNames<E>::table)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace WalletDesk
