#include "ComplaintNotices.h"

#include "WorkingCalendar.h"

namespace WalletDesk {

namespace {

const char *const kindNames[] = {"acknowledged", "resolved"};
const char *const outcomeNames[] = {"sent", "opted_out", "rate_limited", "no_number"};

// A template must keep its placeholders to say what it is for.
void readTemplate(JsonReader &r, const QString &key, QString *text, bool needsDeadline)
{
    if (!r.has(key))
        return; // the default
    *text = r.nonEmptyString(key, 300);
    if (r.ok())
        r.check(text->contains(QLatin1String("{number}"))
                && (!needsDeadline || text->contains(QLatin1String("{deadline}"))),
            key,
            needsDeadline ? QStringLiteral("must contain {number} and {deadline}")
                          : QStringLiteral("must contain {number}"));
}

} // namespace

ComplaintNotices ComplaintNotices::read(JsonReader &r)
{
    ComplaintNotices n;
    readTemplate(r, QStringLiteral("acknowledgedZh"), &n.acknowledgedZh, true);
    readTemplate(r, QStringLiteral("acknowledgedEn"), &n.acknowledgedEn, true);
    readTemplate(r, QStringLiteral("resolvedZh"), &n.resolvedZh, false);
    readTemplate(r, QStringLiteral("resolvedEn"), &n.resolvedEn, false);
    if (r.has(QStringLiteral("perRecipientPerHour")))
        n.perRecipientPerHour = int(r.integer(QStringLiteral("perRecipientPerHour"), 0, 100));
    return n;
}

QJsonObject ComplaintNotices::toJson() const
{
    return {{QStringLiteral("acknowledgedZh"), acknowledgedZh},
        {QStringLiteral("acknowledgedEn"), acknowledgedEn},
        {QStringLiteral("resolvedZh"), resolvedZh}, {QStringLiteral("resolvedEn"), resolvedEn},
        {QStringLiteral("perRecipientPerHour"), perRecipientPerHour}};
}

QString ComplaintNotices::render(
    Kind kind, Language language, qint64 complaintId, const QDateTime &due) const
{
    const bool zh = language == Language::Chinese;
    QString text = kind == Kind::Acknowledged ? (zh ? acknowledgedZh : acknowledgedEn)
                                              : (zh ? resolvedZh : resolvedEn);
    // The customer reads the deadline in the call center's time, China time.
    const QString deadline
        = due.toTimeZone(CallCenterTime::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return text.replace(QLatin1String("{number}"), QString::number(complaintId))
        .replace(QLatin1String("{deadline}"), deadline);
}

QString NoticeRecord::detail() const
{
    QString text = QLatin1String(kindNames[int(kind)]) + QLatin1Char(' ')
        + QLatin1String(outcomeNames[int(outcome)]);
    if (!maskedRecipient.isEmpty())
        text += QLatin1Char(' ') + maskedRecipient;
    return text;
}

std::optional<NoticeRecord> NoticeRecord::fromDetail(const QString &detail)
{
    const QStringList parts = detail.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    NoticeRecord record;
    const auto indexOf = [](const auto &names, const QString &word) {
        for (int i = 0; i < int(std::size(names)); ++i) {
            if (word == QLatin1String(names[i]))
                return i;
        }
        return -1;
    };
    const int kind = indexOf(kindNames, parts.at(0));
    const int outcome = indexOf(outcomeNames, parts.at(1));
    if (kind < 0 || outcome < 0)
        return std::nullopt;
    record.kind = ComplaintNotices::Kind(kind);
    record.outcome = Outcome(outcome);
    record.maskedRecipient = parts.value(2);
    return record;
}

} // namespace WalletDesk
