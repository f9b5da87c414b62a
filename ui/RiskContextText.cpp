#include "RiskContextText.h"

#include "ActionTexts.h"

#include "DisplayNames.h"

#include <QCoreApplication>

namespace WalletDesk::RiskContextText {

namespace {

QString accountOf(const Approval &a)
{
    return a.account
        ? QCoreApplication::translate("RiskContextText", "%1 (%2)")
              .arg(a.account->name, a.account->accountNumber)
        : QCoreApplication::translate("RiskContextText", "account %1").arg(a.action.accountId);
}

} // namespace

QString request(const Approval &a)
{
    QString what = actionTypeText(a.action.type);
    if (a.amount)
        what = QCoreApplication::translate("RiskContextText", "%1 of %2")
                   .arg(what, DisplayNames::amount(*a.amount));
    return QCoreApplication::translate("RiskContextText", "%1 asks for: %2, on %3")
        .arg(a.agentName, what, accountOf(a));
}

QStringList warnings(const RiskContext &risk, ActionType requested)
{
    QStringList out;
    const auto has = [&](RiskPattern p) { return risk.patterns.contains(p); };
    if (has(RiskPattern::FailuresThenSecurityReset))
        out << QCoreApplication::translate("RiskContextText",
            "Warning: sign-ins failed on a device the customer does not trust, and now "
            "this %1 is asked for. This is how a taken-over account is finished off; "
            "speak to the customer on their registered number before approving.")
                   .arg(actionTypeText(requested));
    else if (has(RiskPattern::FailuresFromUntrustedDevice))
        out << QCoreApplication::translate(
            "RiskContextText", "Warning: sign-ins failed on a device the customer does not trust.");
    if (has(RiskPattern::UntrustedDeviceSignedIn))
        out << QCoreApplication::translate(
            "RiskContextText", "An untrusted device is still signed in.");
    if (has(RiskPattern::RecentSecurityChange))
        out << QCoreApplication::translate("RiskContextText",
            "The password or two-factor authentication changed in the last 7 days.");
    if (has(RiskPattern::RepeatedRequests))
        out << QCoreApplication::translate("RiskContextText",
            "There were %n other request(s) on this account this week.", nullptr,
            int(risk.otherRequests.size()));
    return out;
}

QString full(const Approval &a)
{
    QStringList lines;
    lines << request(a);
    lines << QCoreApplication::translate("RiskContextText", "Agent's reason: %1")
                 .arg(a.action.reason);
    if (!a.risk) {
        lines << QCoreApplication::translate(
            "RiskContextText", "The server sent no risk context for this request.");
        return lines.join(QLatin1Char('\n'));
    }
    const RiskContext &risk = *a.risk;
    const QStringList warned = warnings(risk, a.action.type);
    if (!warned.isEmpty())
        lines << QString() << warned;

    lines << QString() << QCoreApplication::translate("RiskContextText", "Devices:");
    if (risk.devices.isEmpty())
        lines << QCoreApplication::translate("RiskContextText", "  none");
    for (const Device &d : risk.devices)
        lines << QCoreApplication::translate("RiskContextText", "  %1 (%2): %3, %4, last seen %5")
                     .arg(d.name, d.platform,
                         d.trusted ? QCoreApplication::translate("RiskContextText", "trusted")
                                   : QCoreApplication::translate("RiskContextText", "not trusted"),
                         d.signedIn ? QCoreApplication::translate("RiskContextText", "signed in")
                                    : QCoreApplication::translate("RiskContextText", "signed out"),
                         DisplayNames::time(d.lastSeenAt));

    lines << QString()
          << QCoreApplication::translate("RiskContextText",
                 "Failed sign-ins in the last 24 hours: %n", nullptr,
                 int(risk.failedSignIns.size()));
    for (const LoginAttempt &l : risk.failedSignIns)
        lines << QCoreApplication::translate("RiskContextText", "  %1 in %2 on %3: %4")
                     .arg(DisplayNames::time(l.at), l.location, l.deviceName, l.failureReason);

    lines << QString()
          << QCoreApplication::translate(
                 "RiskContextText", "Password and two-factor changes in the last 7 days:");
    if (risk.securityChanges.isEmpty())
        lines << QCoreApplication::translate("RiskContextText", "  none");
    for (const ActionRequest &r : risk.securityChanges)
        lines << QCoreApplication::translate("RiskContextText", "  %1: %2")
                     .arg(DisplayNames::time(r.createdAt), actionRequestText(r));

    lines << QString()
          << QCoreApplication::translate(
                 "RiskContextText", "Other requests on this account this week:");
    if (risk.otherRequests.isEmpty())
        lines << QCoreApplication::translate("RiskContextText", "  none");
    for (const ActionRequest &r : risk.otherRequests)
        lines << QCoreApplication::translate("RiskContextText", "  %1: %2")
                     .arg(DisplayNames::time(r.createdAt), actionRequestText(r));
    return lines.join(QLatin1Char('\n'));
}

} // namespace WalletDesk::RiskContextText
