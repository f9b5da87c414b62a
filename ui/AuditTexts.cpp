#include "AuditTexts.h"

#include "ActionTexts.h"
#include "DisplayNames.h"
#include "EnumNames.h"

namespace WalletDesk {

namespace {

struct Named
{
    const char *code;
    const char *text;
};

// QT_TRANSLATE_NOOP marks them for lupdate; action() translates at use, so
// the language of the moment applies.
constexpr Named actions[] = {
    {"auth.login", QT_TRANSLATE_NOOP("AuditTexts", "Signed in")},
    {"auth.failed", QT_TRANSLATE_NOOP("AuditTexts", "Failed to sign in")},
    {"auth.logout", QT_TRANSLATE_NOOP("AuditTexts", "Signed out")},
    {"account.view", QT_TRANSLATE_NOOP("AuditTexts", "Opened account")},
    {"account.transactions", QT_TRANSLATE_NOOP("AuditTexts", "Read the transaction log")},
    {"account.calls", QT_TRANSLATE_NOOP("AuditTexts", "Read the account's calls")},
    {"account.complaints", QT_TRANSLATE_NOOP("AuditTexts", "Read the account's complaints")},
    {"account.actions", QT_TRANSLATE_NOOP("AuditTexts", "Read the account's actions")},
    {"transaction.view", QT_TRANSLATE_NOOP("AuditTexts", "Opened a transaction")},
    {"verification.start", QT_TRANSLATE_NOOP("AuditTexts", "Started verifying the caller")},
    {"verification.passed", QT_TRANSLATE_NOOP("AuditTexts", "Caller verified")},
    {"verification.wrong", QT_TRANSLATE_NOOP("AuditTexts", "Wrong verification answer")},
    {"verification.limited",
        QT_TRANSLATE_NOOP("AuditTexts", "Verification stopped: too many attempts")},
    {"action.unlock", QT_TRANSLATE_NOOP("AuditTexts", "Unlocked the account")},
    {"action.password_reset", QT_TRANSLATE_NOOP("AuditTexts", "Sent a password reset code")},
    {"action.sign_out_devices", QT_TRANSLATE_NOOP("AuditTexts", "Signed out all devices")},
    {"action.two_factor_reset", QT_TRANSLATE_NOOP("AuditTexts", "Asked for a two-factor reset")},
    {"action.investigation", QT_TRANSLATE_NOOP("AuditTexts", "Opened a payment investigation")},
    {"action.refund_request", QT_TRANSLATE_NOOP("AuditTexts", "Asked for a refund")},
    {"approval.approve", QT_TRANSLATE_NOOP("AuditTexts", "Approved a request")},
    {"approval.reject", QT_TRANSLATE_NOOP("AuditTexts", "Rejected a request")},
    {"complaint.create", QT_TRANSLATE_NOOP("AuditTexts", "Logged a complaint")},
    {"complaint.assign", QT_TRANSLATE_NOOP("AuditTexts", "Assigned a complaint")},
    {"complaint.escalate", QT_TRANSLATE_NOOP("AuditTexts", "Escalated a complaint")},
    {"complaint.extend", QT_TRANSLATE_NOOP("AuditTexts", "Extended a complaint's deadline")},
    {"complaint.resolve", QT_TRANSLATE_NOOP("AuditTexts", "Resolved a complaint")},
    {"complaint.reopen", QT_TRANSLATE_NOOP("AuditTexts", "Reopened a complaint")},
    {"complaint.note", QT_TRANSLATE_NOOP("AuditTexts", "Added a note to a complaint")},
    {"call.record", QT_TRANSLATE_NOOP("AuditTexts", "Wrapped up a call")},
    {"callback.create", QT_TRANSLATE_NOOP("AuditTexts", "Scheduled a callback")},
    {"callback.reschedule", QT_TRANSLATE_NOOP("AuditTexts", "Moved a callback")},
    {"callback.done", QT_TRANSLATE_NOOP("AuditTexts", "Made a callback")},
    {"callback.cancel", QT_TRANSLATE_NOOP("AuditTexts", "Cancelled a callback")},
    {"reference.update", QT_TRANSLATE_NOOP("AuditTexts", "Changed the reference data")},
};

constexpr Named groups[] = {
    {"auth", QT_TRANSLATE_NOOP("AuditTexts", "Sign-ins (all)")},
    {"account", QT_TRANSLATE_NOOP("AuditTexts", "Account reads (all)")},
    {"verification", QT_TRANSLATE_NOOP("AuditTexts", "Caller verification (all)")},
    {"action", QT_TRANSLATE_NOOP("AuditTexts", "Account actions (all)")},
    {"approval", QT_TRANSLATE_NOOP("AuditTexts", "Approvals (all)")},
    {"complaint", QT_TRANSLATE_NOOP("AuditTexts", "Complaints (all)")},
    {"callback", QT_TRANSLATE_NOOP("AuditTexts", "Callbacks (all)")},
};

} // namespace

QStringList AuditTexts::actionCodes()
{
    QStringList codes;
    for (const Named &a : actions)
        codes << QLatin1String(a.code);
    return codes;
}

QStringList AuditTexts::groupPrefixes()
{
    QStringList codes;
    for (const Named &g : groups)
        codes << QLatin1String(g.code);
    return codes;
}

QString AuditTexts::action(const QString &code)
{
    for (const Named &n : actions) {
        if (code == QLatin1String(n.code))
            return tr(n.text);
    }
    for (const Named &n : groups) {
        if (code == QLatin1String(n.code))
            return tr(n.text);
    }
    return code;
}

QString AuditTexts::detail(const AuditEntry &e, const ReferenceData &reference, Language language)
{
    const QString &d = e.detail;
    const QString kind = e.action.section(QLatin1Char('.'), 0, 0);
    if (d.isEmpty())
        return {};
    if (kind == QLatin1String("action")) {
        // The state the request was left in (server/ActionsApi).
        if (const auto status = enumFromString<ActionStatus>(d)) {
            switch (*status) {
            case ActionStatus::Done:
                return tr("Done at once.");
            case ActionStatus::PendingApproval:
                return tr("Awaiting a supervisor's approval.");
            case ActionStatus::Approved:
                return tr("Approved.");
            case ActionStatus::Rejected:
                return tr("Rejected.");
            }
        }
    } else if (kind == QLatin1String("approval")) {
        // What was decided on: the request's type.
        if (const auto type = enumFromString<ActionType>(d))
            return tr("Request: %1.").arg(actionTypeText(*type));
    } else if (e.action == QLatin1String("auth.failed")) {
        if (d == QLatin1String("locked out"))
            return tr("Too many failed attempts: signing in is locked for a while.");
    } else if (kind == QLatin1String("callback")) {
        // "138****8000 due 2026-11-27T00:15:06.380Z" (server/CallbacksApi).
        const QString phone = d.section(QStringLiteral(" due "), 0, 0);
        const QDateTime due
            = QDateTime::fromString(d.section(QStringLiteral(" due "), 1), Qt::ISODateWithMs);
        if (due.isValid())
            return tr("Call %1 back at %2 (%3).")
                .arg(phone, DisplayNames::time(due), DisplayNames::zoneName());
    } else if (e.action == QLatin1String("call.record")) {
        return tr("Wrap-up: %1.").arg(reference.wrapUpName(d, language));
    } else if (e.action == QLatin1String("complaint.create")) {
        return tr("Complaint no. %1.").arg(d);
    } else if (e.action == QLatin1String("complaint.assign")) {
        return tr("Assigned to %1.").arg(d);
    } else if (e.action == QLatin1String("complaint.resolve")) {
        return tr("Resolution: %1.").arg(reference.resolutionName(d, language));
    } else if (e.action == QLatin1String("complaint.escalate")
        || e.action == QLatin1String("complaint.reopen")
        || e.action == QLatin1String("complaint.extend")) {
        return tr("Why: %1").arg(d);
    } else if (e.action == QLatin1String("transaction.view")) {
        return tr("Order number %1.").arg(d);
    } else if (e.action == QLatin1String("verification.start")) {
        if (const auto method = enumFromString<VerificationMethod>(d))
            return *method == VerificationMethod::Sms ? tr("A code was sent by SMS.")
                                                      : tr("Security questions were asked.");
    } else if (e.action == QLatin1String("reference.update")) {
        const QString number = d.section(QLatin1Char(' '), 1);
        if (d.startsWith(QLatin1String("version ")) && !number.isEmpty())
            return tr("Saved as revision %1.").arg(number);
    }
    return d; // a detail this console does not know yet, as written
}

} // namespace WalletDesk
