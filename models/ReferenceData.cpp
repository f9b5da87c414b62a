#include "ReferenceData.h"

#include <algorithm>

namespace WalletDesk {

namespace {
template<typename T> bool contains(const QList<T> &list, const QString &code)
{
    return std::any_of(
        list.cbegin(), list.cend(), [&](const T &item) { return item.code == code; });
}

// The name in the language asked for; the code itself when the list does not know it.
template<typename T> QString nameOf(const QList<T> &list, const QString &code, Language language)
{
    const auto it = std::find_if(
        list.cbegin(), list.cend(), [&](const T &item) { return item.code == code; });
    return it == list.cend() ? code : nameIn(*it, language);
}
} // namespace

ReferenceData ReferenceData::read(JsonReader &r)
{
    ReferenceData d;
    d.categories = r.list<Category>(QStringLiteral("categories"), 500);
    d.channels = r.list<CodedName>(QStringLiteral("channels"), 100);
    d.wrapUpCodes = r.list<CodedName>(QStringLiteral("wrapUpCodes"), 200);
    d.resolutionCodes = r.list<CodedName>(QStringLiteral("resolutionCodes"), 200);
    d.holidays = r.list<Holiday>(QStringLiteral("holidays"), 2000);
    d.policy = r.nested<DeadlinePolicy>(QStringLiteral("policy"));
    // Documents stored before the action policy existed keep its defaults.
    if (r.has(QStringLiteral("actionPolicy")))
        d.actions = r.nested<ActionPolicy>(QStringLiteral("actionPolicy"));
    // Absent in documents stored before notices: the defaults.
    if (r.has(QStringLiteral("notices")))
        d.notices = r.nested<ComplaintNotices>(QStringLiteral("notices"));
    // Absent in documents stored before it: the default (China). Whether this
    // machine knows the zone is not the reader's business: the server refuses
    // one it does not know (PUT /reference), and a console that lacks it keeps
    // China's rather than losing the lists with it (CallCenterTime::setZone).
    if (r.has(QStringLiteral("timeZone")))
        d.timeZone = r.nonEmptyString(QStringLiteral("timeZone"), 64);
    d.version = r.integer(QStringLiteral("version"), 1, Q_INT64_C(1) << 52);
    for (qsizetype i = 0; r.ok() && i < d.categories.size(); ++i) {
        const QString &parent = d.categories.at(i).parentCode;
        r.check(parent.isEmpty() || contains(d.categories, parent),
            QStringLiteral("categories[%1].parentCode").arg(i),
            QStringLiteral("names no category in the list"));
    }
    return d;
}

QJsonObject ReferenceData::toJson() const
{
    return {{QStringLiteral("categories"), toJsonArray(categories)},
        {QStringLiteral("channels"), toJsonArray(channels)},
        {QStringLiteral("wrapUpCodes"), toJsonArray(wrapUpCodes)},
        {QStringLiteral("resolutionCodes"), toJsonArray(resolutionCodes)},
        {QStringLiteral("holidays"), toJsonArray(holidays)},
        {QStringLiteral("policy"), policy.toJson()},
        {QStringLiteral("actionPolicy"), actions.toJson()},
        {QStringLiteral("notices"), notices.toJson()}, {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("version"), version}};
}

bool ReferenceData::hasCategory(const QString &code) const
{
    return contains(categories, code);
}
bool ReferenceData::hasChannel(const QString &code) const
{
    return contains(channels, code);
}
bool ReferenceData::hasWrapUpCode(const QString &code) const
{
    return contains(wrapUpCodes, code);
}
bool ReferenceData::hasResolutionCode(const QString &code) const
{
    return contains(resolutionCodes, code);
}

QString ReferenceData::categoryName(const QString &code, Language language) const
{
    return nameOf(categories, code, language);
}
QString ReferenceData::channelName(const QString &code, Language language) const
{
    return nameOf(channels, code, language);
}
QString ReferenceData::wrapUpName(const QString &code, Language language) const
{
    return nameOf(wrapUpCodes, code, language);
}
QString ReferenceData::resolutionName(const QString &code, Language language) const
{
    return nameOf(resolutionCodes, code, language);
}

} // namespace WalletDesk
