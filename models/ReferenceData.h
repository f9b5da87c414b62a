#pragma once

#include "ActionPolicy.h"
#include "CallCenterTime.h"
#include "ComplaintNotices.h"
#include "DeadlinePolicy.h"
#include "Language.h"
#include "ReferenceItems.h"

namespace WalletDesk {

// The lists the console shows in its pickers, the calendar and the policy.
struct ReferenceData
{
    QList<Category> categories;
    QList<CodedName> channels;
    QList<CodedName> wrapUpCodes;
    QList<CodedName> resolutionCodes;
    QList<Holiday> holidays;
    DeadlinePolicy policy;
    ActionPolicy actions;
    ComplaintNotices notices;
    // The call center's zone, an IANA id (CallCenterTime).
    QString timeZone = QString::fromLatin1(CallCenterTime::defaultZoneId());
    qint64 version = 1;

    static ReferenceData read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ReferenceData &) const = default;

    bool hasCategory(const QString &code) const;
    bool hasChannel(const QString &code) const;
    bool hasWrapUpCode(const QString &code) const;
    bool hasResolutionCode(const QString &code) const;

    // Names for people, in Chinese or English; an unknown code reads as itself.
    QString categoryName(const QString &code, Language language) const;
    QString channelName(const QString &code, Language language) const;
    QString wrapUpName(const QString &code, Language language) const;
    QString resolutionName(const QString &code, Language language) const;
};

} // namespace WalletDesk
