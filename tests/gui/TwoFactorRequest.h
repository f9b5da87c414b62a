#pragma once

// What the approval tests all start from: an agent's console asks for a
// two-factor reset on account 1 (张伟, 13800138000) as on a call, verifying
// the caller by the SMS code the real server's gateway sent. The request
// comes back as the server stored it (pending approval), or empty when a
// step failed.
#include "CallSession.h"
#include "CallerActions.h"
#include "ConsoleCore.h"
#include "TestServer.h"

#include <QtTest>

inline WalletDesk::ActionRequest requestTwoFactorReset(WalletDesk::ConsoleCore *core,
    const TestServer &server, const QString &callId, const QString &reason)
{
    using namespace WalletDesk;
    CallerActions *actions = core->actions();
    std::optional<CallerVerification> verification;
    actions->startVerification(1, callId, VerificationMethod::Sms,
        [&](const std::optional<CallerVerification> &v, const QString &) { verification = v; });
    if (!QTest::qWaitFor([&] { return verification.has_value(); }, 10000))
        return {};
    const qint64 verificationId = verification->id;
    verification.reset();
    actions->answerVerification(verificationId, server.lastSmsCode(QStringLiteral("13800138000")),
        [&](const std::optional<CallerVerification> &v, const QString &) { verification = v; });
    if (!QTest::qWaitFor([&] { return verification.has_value(); }, 10000)
        || verification->status != VerificationStatus::Verified)
        return {};
    // The call it was asked on knows it (nothing happens for a call the
    // console does not hold).
    core->call()->setVerification(callId, *verification);
    ActionDraft draft;
    draft.type = ActionType::TwoFactorReset;
    draft.verificationId = verificationId;
    draft.callId = callId;
    draft.reason = reason;
    std::optional<ActionRequest> done;
    actions->request(
        1, draft, [&](const std::optional<ActionRequest> &a, const QString &) { done = a; });
    if (!QTest::qWaitFor([&] { return done.has_value(); }, 10000))
        return {};
    return done.value_or(ActionRequest {});
}
