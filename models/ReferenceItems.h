#pragma once

#include "DomainEnums.h"
#include "JsonReader.h"

namespace WalletDesk {

// A code with its names in both UI languages: channels, wrap-up codes,
// resolution codes.
struct CodedName
{
    QString code;
    QString nameZh;
    QString nameEn;

    static CodedName read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const CodedName &) const = default;
};

// A complaint category; sub-categories name their parent.
struct Category
{
    QString code;
    QString parentCode; // empty for a top-level category
    CategoryKind kind = CategoryKind::Service;
    QString nameZh;
    QString nameEn;

    static Category read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Category &) const = default;
};

// One day of the official calendar: a public holiday, or a weekend day that
// is a make-up working day (调休).
struct Holiday
{
    QDate date;
    HolidayKind kind = HolidayKind::Holiday;
    QString name;

    static Holiday read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Holiday &) const = default;
};

} // namespace WalletDesk
