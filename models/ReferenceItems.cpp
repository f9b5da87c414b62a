#include "ReferenceItems.h"

#include <QRegularExpression>

namespace WalletDesk {

namespace {
const QRegularExpression &codePattern()
{
    // \z, not $: $ also matches before a final newline ("hotline\n").
    static const QRegularExpression p(QStringLiteral("^[a-z0-9_]{1,40}\\z"));
    return p;
}
} // namespace

CodedName CodedName::read(JsonReader &r)
{
    CodedName c;
    c.code = r.nonEmptyString(QStringLiteral("code"), 40);
    if (r.ok())
        r.check(codePattern().match(c.code).hasMatch(), QStringLiteral("code"),
            QStringLiteral("must be lower-case letters, digits and underscores"));
    c.nameZh = r.nonEmptyText(QStringLiteral("nameZh"), 100);
    c.nameEn = r.nonEmptyText(QStringLiteral("nameEn"), 100);
    return c;
}

QJsonObject CodedName::toJson() const
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("nameZh"), nameZh},
        {QStringLiteral("nameEn"), nameEn}};
}

Category Category::read(JsonReader &r)
{
    Category c;
    c.code = r.nonEmptyString(QStringLiteral("code"), 40);
    if (r.ok())
        r.check(codePattern().match(c.code).hasMatch(), QStringLiteral("code"),
            QStringLiteral("must be lower-case letters, digits and underscores"));
    c.parentCode = r.optionalString(QStringLiteral("parentCode"), 40).value_or(QString());
    c.kind = r.enumeration<CategoryKind>(QStringLiteral("kind"));
    c.nameZh = r.nonEmptyText(QStringLiteral("nameZh"), 100);
    c.nameEn = r.nonEmptyText(QStringLiteral("nameEn"), 100);
    return c;
}

QJsonObject Category::toJson() const
{
    return {{QStringLiteral("code"), code},
        {QStringLiteral("parentCode"),
            parentCode.isEmpty() ? QJsonValue() : QJsonValue(parentCode)},
        {QStringLiteral("kind"), enumToString(kind)}, {QStringLiteral("nameZh"), nameZh},
        {QStringLiteral("nameEn"), nameEn}};
}

Holiday Holiday::read(JsonReader &r)
{
    Holiday h;
    h.date = r.date(QStringLiteral("date"));
    h.kind = r.enumeration<HolidayKind>(QStringLiteral("kind"));
    h.name = r.text(QStringLiteral("name"), 60);
    return h;
}

QJsonObject Holiday::toJson() const
{
    return {{QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("kind"), enumToString(kind)}, {QStringLiteral("name"), name}};
}

} // namespace WalletDesk
