#include "Complaint.h"

#include "Callback.h"

namespace WalletDesk {

namespace {
constexpr qint64 maxId = Q_INT64_C(1) << 52;
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

ComplaintDraft ComplaintDraft::read(JsonReader &r)
{
    ComplaintDraft d;
    d.channel = r.nonEmptyString(QStringLiteral("channel"), 40);
    d.categoryCode = r.nonEmptyString(QStringLiteral("categoryCode"), 40);
    d.severity = r.enumeration<Severity>(QStringLiteral("severity"));
    d.accountId = r.optionalInteger(QStringLiteral("accountId"), 1, maxId);
    d.callId = r.optionalString(QStringLiteral("callId"), 64).value_or(QString());
    if (r.has(QStringLiteral("transactionIds")))
        d.transactionIds = r.integerList(QStringLiteral("transactionIds"), 50, 1, maxId);
    d.description = r.nonEmptyText(QStringLiteral("description"), 4000);
    d.customerRequest = r.text(QStringLiteral("customerRequest"), 1000);
    // Optional: drafts queued by consoles before other channels lack them.
    if (const auto number = r.optionalString(QStringLiteral("callbackNumber"), 40);
        number && !number->trimmed().isEmpty()) {
        // A masked number (another person's copy) is kept as it came.
        d.callbackNumber
            = number->contains(QLatin1Char('*')) ? *number : Callback::normalizedPhone(*number);
        r.check(!d.callbackNumber.isEmpty(), QStringLiteral("callbackNumber"),
            QStringLiteral("must be a phone number: 5 to 20 digits, optionally with a leading +"));
    }
    d.preferredContactTime
        = r.optionalText(QStringLiteral("preferredContactTime"), 100).value_or(QString());
    if (r.has(QStringLiteral("smsOptOut")))
        d.smsOptOut = r.boolean(QStringLiteral("smsOptOut"));
    if (const auto code = r.optionalString(QStringLiteral("noticeLanguage"), 10)) {
        const auto language = languageFromCode(*code);
        r.check(language.has_value(), QStringLiteral("noticeLanguage"),
            QStringLiteral("must be zh_CN or en"));
        d.noticeLanguage = language.value_or(Language::Chinese);
    }
    return d;
}

QJsonObject ComplaintDraft::toJson() const
{
    QJsonArray ids;
    for (qint64 id : transactionIds)
        ids.append(id);
    return {{QStringLiteral("channel"), channel}, {QStringLiteral("categoryCode"), categoryCode},
        {QStringLiteral("severity"), enumToString(severity)},
        {QStringLiteral("accountId"), optionalJson(accountId)},
        {QStringLiteral("callId"), orNull(callId)}, {QStringLiteral("transactionIds"), ids},
        {QStringLiteral("description"), description},
        {QStringLiteral("customerRequest"), customerRequest},
        {QStringLiteral("callbackNumber"), orNull(callbackNumber)},
        {QStringLiteral("preferredContactTime"), orNull(preferredContactTime)},
        {QStringLiteral("smsOptOut"), smsOptOut},
        {QStringLiteral("noticeLanguage"), languageCode(noticeLanguage)}};
}

Complaint Complaint::read(JsonReader &r)
{
    Complaint c;
    c.id = r.integer(QStringLiteral("id"), 1, maxId);
    c.version = r.integer(QStringLiteral("version"), 1, maxId);
    c.draft = ComplaintDraft::read(r);
    c.status = r.enumeration<ComplaintStatus>(QStringLiteral("status"));
    c.createdBy = r.integer(QStringLiteral("createdBy"), 1, maxId);
    c.assignee = r.optionalInteger(QStringLiteral("assignee"), 1, maxId);
    c.escalated = r.boolean(QStringLiteral("escalated"));
    c.createdAt = r.dateTime(QStringLiteral("createdAt"));
    c.updatedAt = r.dateTime(QStringLiteral("updatedAt"));
    c.acknowledgeDueAt = r.dateTime(QStringLiteral("acknowledgeDueAt"));
    c.acknowledgedAt = r.optionalDateTime(QStringLiteral("acknowledgedAt"));
    c.dueAt = r.dateTime(QStringLiteral("dueAt"));
    c.extensionReason = r.optionalText(QStringLiteral("extensionReason"), 1000).value_or(QString());
    c.resolutionCode = r.optionalString(QStringLiteral("resolutionCode"), 40).value_or(QString());
    c.resolutionText = r.optionalText(QStringLiteral("resolutionText"), 4000).value_or(QString());
    c.resolvedAt = r.optionalDateTime(QStringLiteral("resolvedAt"));
    c.reopenCount = int(r.integer(QStringLiteral("reopenCount"), 0, 1000));
    c.accountNumberMasked
        = r.optionalString(QStringLiteral("accountNumberMasked"), 40).value_or(QString());
    if (r.ok())
        r.check(c.dueAt >= c.createdAt, QStringLiteral("dueAt"),
            QStringLiteral("must not be before createdAt"));
    if (r.ok() && c.status == ComplaintStatus::Resolved)
        r.check(c.resolvedAt.has_value() && !c.resolutionCode.isEmpty(),
            QStringLiteral("resolutionCode"),
            QStringLiteral("is required for a resolved complaint"));
    return c;
}

QJsonObject Complaint::toJson() const
{
    QJsonObject o = draft.toJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("status"), enumToString(status));
    o.insert(QStringLiteral("createdBy"), createdBy);
    o.insert(QStringLiteral("assignee"), optionalJson(assignee));
    o.insert(QStringLiteral("escalated"), escalated);
    o.insert(QStringLiteral("createdAt"), formatDateTime(createdAt));
    o.insert(QStringLiteral("updatedAt"), formatDateTime(updatedAt));
    o.insert(QStringLiteral("acknowledgeDueAt"), formatDateTime(acknowledgeDueAt));
    o.insert(QStringLiteral("acknowledgedAt"), optionalJson(acknowledgedAt));
    o.insert(QStringLiteral("dueAt"), formatDateTime(dueAt));
    o.insert(QStringLiteral("extensionReason"), orNull(extensionReason));
    o.insert(QStringLiteral("resolutionCode"), orNull(resolutionCode));
    o.insert(QStringLiteral("resolutionText"), orNull(resolutionText));
    o.insert(QStringLiteral("resolvedAt"), optionalJson(resolvedAt));
    o.insert(QStringLiteral("reopenCount"), reopenCount);
    o.insert(QStringLiteral("accountNumberMasked"), orNull(accountNumberMasked));
    return o;
}

} // namespace WalletDesk
