#include "RiskAssessment.h"

#include "ActionsApi.h"

#include <QSet>

#include <algorithm>

namespace WalletDesk::Server {

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000LL;

bool resetsSecurity(ActionType type)
{
    return type == ActionType::TwoFactorReset || type == ActionType::PasswordReset
        || type == ActionType::Unfreeze;
}

} // namespace

RiskContext RiskAssessment::forRequest(const ActionRequest &request) const
{
    const Database &db = m_ctx.db();
    const qint64 accountId = request.accountId;
    const qint64 now = ServerContext::nowMs();
    RiskContext risk;

    Rows d = db.exec(
        QStringLiteral("SELECT id, name, platform, last_seen_at, trusted, signed_in FROM devices"
                       " WHERE account_id = ? ORDER BY last_seen_at DESC, id LIMIT 200"),
        {accountId});
    QSet<QString> trusted;
    while (d.next()) {
        const Device device {d.value(0).toLongLong(), d.value(1).toString(), d.value(2).toString(),
            ServerContext::fromMs(d.value(3).toLongLong()), d.value(4).toInt() != 0,
            d.value(5).toInt() != 0};
        if (device.trusted)
            trusted.insert(device.name);
        risk.devices.append(device);
    }

    Rows l = db.exec(
        QStringLiteral(
            "SELECT at, success, device_name, location, failure_reason FROM login_attempts"
            " WHERE account_id = ? AND success = 0 AND at > ? ORDER BY at DESC, id DESC LIMIT 200"),
        {accountId, now - dayMs});
    while (l.next())
        risk.failedSignIns.append({ServerContext::fromMs(l.value(0).toLongLong()), false,
            l.value(2).toString(), l.value(3).toString(), l.value(4).toString()});

    // What changed the way the customer signs in lately, and what else was
    // asked on the account this week (decided or not).
    const QList<ActionRequest> week
        = ActionsApi::loadForAccount(m_ctx, accountId, now - 7 * dayMs, 200);
    for (const ActionRequest &a : week) {
        if (a.id == request.id)
            continue;
        risk.otherRequests.append(a);
        const bool carriedOut
            = a.status == ActionStatus::Done || a.status == ActionStatus::Approved;
        if (carriedOut && resetsSecurity(a.type))
            risk.securityChanges.append(a);
    }

    const auto untrusted = [&](const QString &deviceName) { return !trusted.contains(deviceName); };
    if (std::any_of(risk.devices.cbegin(), risk.devices.cend(),
            [](const Device &x) { return !x.trusted && x.signedIn; }))
        risk.patterns.append(RiskPattern::UntrustedDeviceSignedIn);
    const bool untrustedFailures = std::any_of(risk.failedSignIns.cbegin(),
        risk.failedSignIns.cend(), [&](const LoginAttempt &x) { return untrusted(x.deviceName); });
    if (untrustedFailures)
        risk.patterns.append(RiskPattern::FailuresFromUntrustedDevice);
    if (resetsSecurity(request.type)
        && std::any_of(
            risk.failedSignIns.cbegin(), risk.failedSignIns.cend(), [&](const LoginAttempt &x) {
                return untrusted(x.deviceName) && x.at <= request.createdAt;
            }))
        risk.patterns.append(RiskPattern::FailuresThenSecurityReset);
    if (!risk.securityChanges.isEmpty())
        risk.patterns.append(RiskPattern::RecentSecurityChange);
    if (risk.otherRequests.size() >= 2)
        risk.patterns.append(RiskPattern::RepeatedRequests);
    return risk;
}

} // namespace WalletDesk::Server
