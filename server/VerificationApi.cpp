#include "VerificationApi.h"

#include "AccountsApi.h"
#include "Credentials.h"
#include "Idempotency.h"
#include "Masking.h"

namespace WalletDesk::Server {

namespace {
const char columns[]
    = "id, account_id, agent_id, call_id, method, status, tries_left, sent_to, created_at,"
      " expires_at, verified_at, secret_hash";
} // namespace

void VerificationApi::registerRoutes(Router &router)
{
    using M = Router::Method;
    router.add(M::Post, QStringLiteral("/api/v1/accounts/{id}/verifications"), Access::SignedIn,
        [this](RequestContext &r) { return start(r); });
    router.add(M::Post, QStringLiteral("/api/v1/verifications/{id}/answer"), Access::SignedIn,
        [this](RequestContext &r) { return answer(r); });
    router.add(M::Get, QStringLiteral("/api/v1/verifications/{id}"), Access::SignedIn,
        [this](RequestContext &r) { return get(r); });
}

QByteArray VerificationApi::answerDigest(qint64 accountId, const QString &answer)
{
    return Credentials::tokenDigest(
        QByteArray::number(accountId) + ':' + answer.trimmed().toLower().toUtf8());
}

CallerVerification VerificationApi::load(const ServerContext &ctx, qint64 id)
{
    Rows q = ctx.db().exec(
        QStringLiteral("SELECT %1 FROM verifications WHERE id = ?").arg(QLatin1String(columns)),
        {id});
    if (!q.next())
        throw HttpError::notFound(QStringLiteral("verification"));
    CallerVerification v;
    v.id = q.value(0).toLongLong();
    v.accountId = q.value(1).toLongLong();
    v.agentId = q.value(2).toLongLong();
    v.callId = q.value(3).toString();
    v.method = enumFromString<VerificationMethod>(q.value(4).toString())
                   .value_or(VerificationMethod::Sms);
    v.status = enumFromString<VerificationStatus>(q.value(5).toString())
                   .value_or(VerificationStatus::Failed);
    v.triesLeft = q.value(6).toInt();
    v.createdAt = ServerContext::fromMs(q.value(8).toLongLong());
    v.expiresAt = ServerContext::fromMs(q.value(9).toLongLong());
    v.verifiedAt = ServerContext::fromMsOrNull(q.value(10));
    if (v.method == VerificationMethod::Sms)
        v.sentTo = q.value(7).toString();
    else
        v.question = q.value(7).toString();
    // Expiry is a fact of time, not a stored state.
    if (v.expiresAt.toMSecsSinceEpoch() <= ServerContext::nowMs()
        && (v.status == VerificationStatus::Pending || v.status == VerificationStatus::Verified))
        v.status = VerificationStatus::Expired;
    return v;
}

CallerVerification VerificationApi::requireVerified(const ServerContext &ctx, qint64 verificationId,
    qint64 agentId, qint64 accountId, const QString &callId)
{
    const auto refuse = [](const QString &why) {
        return HttpError(
            403, QStringLiteral("verification_required"), why, QStringLiteral("verificationId"));
    };
    Rows exists = ctx.db().exec(
        QStringLiteral("SELECT 1 FROM verifications WHERE id = ?"), {verificationId});
    if (!exists.next())
        throw refuse(QStringLiteral("no such verification; verify the caller first"));
    const CallerVerification v = load(ctx, verificationId);
    if (v.agentId != agentId || v.accountId != accountId || v.callId != callId)
        throw refuse(QStringLiteral("the verification belongs to another agent, account or call"));
    if (v.status == VerificationStatus::Expired)
        throw refuse(QStringLiteral("the caller's verification has expired; verify again"));
    if (v.status != VerificationStatus::Verified)
        throw refuse(QStringLiteral("the caller is not verified"));
    return v;
}

Reply VerificationApi::start(RequestContext &request)
{
    const qint64 accountId = request.pathId(0);
    struct Body
    {
        QString callId;
        VerificationMethod method;
    };
    const Body body = request.readBody([](JsonReader &r) {
        return Body {r.nonEmptyString(QStringLiteral("callId"), 64),
            r.enumeration<VerificationMethod>(QStringLiteral("method"))};
    });
    // Optional, for older consoles: with a key, a resend after a lost answer
    // gets the code already sent, not a second SMS counted against the
    // customer's limit (or 429 too_many_codes).
    const QString key = request.idempotencyKey(false);
    const Database &db = m_ctx.db();
    QString phone, question, answerHash;
    {
        Rows account = db.exec(
            QStringLiteral(
                "SELECT phone, security_question, security_answer_hash FROM accounts WHERE id = ?"),
            {accountId});
        if (!account.next())
            throw HttpError::notFound(QStringLiteral("account"));
        phone = account.value(0).toString();
        question = account.value(1).toString();
        answerHash = account.value(2).toString();
    }
    qint64 now = ServerContext::nowMs();
    QString sentTo, secret, code;
    if (body.method == VerificationMethod::Sms) {
        code = Credentials::numericCode(6);
        const QByteArray salt = Credentials::randomSalt();
        secret = QString::fromLatin1(salt + '$' + Credentials::tokenDigest(salt + code.toLatin1()));
        sentTo = Masking::phone(phone);
    } else {
        secret = answerHash;
        sentTo = question; // the question, kept in the same column
    }
    const auto issue = [&] {
        // Limits count the rows this insert adds to: one start at a time per
        // customer and per agent, so that racing starts cannot both squeeze in.
        db.lockRow(Database::Table::Accounts, accountId);
        db.lockRow(Database::Table::Agents, request.agent().id);
        now = ServerContext::nowMs(); // after any wait for the locks
        if (body.method == VerificationMethod::Sms)
            enforceCodeLimits(accountId, request.agent().id, now);
        else
            enforceQuestionLimit(accountId, now);
        const qint64 id = db.insert(
            QStringLiteral(
                "INSERT INTO verifications (account_id, agent_id, call_id, method, status,"
                " secret_hash, tries_left, sent_to, created_at, expires_at)"
                " VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)"),
            {accountId, request.agent().id, body.callId, enumToString(body.method), secret,
                m_ctx.config().verificationTries, sentTo, now,
                now + qint64(m_ctx.config().codeSeconds) * 1000});
        if (body.method == VerificationMethod::Sms)
            m_ctx.sendSms(phone,
                QStringLiteral("【钱包】您的验证码为 %1，%2 分钟内有效。客服人员不会索要您的密码。")
                    .arg(code)
                    .arg(qMax(1, m_ctx.config().codeSeconds / 60)));
        m_ctx.audit(request.agent().id, QStringLiteral("verification.start"), accountId,
            body.callId, QString(), enumToString(body.method));
        return Reply::json(load(m_ctx, id).toJson(), 201);
    };
    return Idempotency::onceIfKeyed(
        m_ctx, request, QStringLiteral("verifications:") + QString::number(accountId), key, issue);
}

Reply VerificationApi::answer(RequestContext &request)
{
    const qint64 id = request.pathId(0);
    const QString given = request.readBody(
        [](JsonReader &r) { return r.nonEmptyString(QStringLiteral("answer"), 200); });
    const Database &db = m_ctx.db();
    DbTransaction tx(db);
    // Each answer spends a try: answers to one verification are counted one at a time.
    if (!db.lockRow(Database::Table::Verifications, id))
        throw HttpError::notFound(QStringLiteral("verification"));
    const CallerVerification v = load(m_ctx, id);
    if (v.agentId != request.agent().id)
        throw HttpError::forbidden(QStringLiteral("this verification belongs to another agent"));
    if (v.status == VerificationStatus::Expired)
        throw HttpError::conflict(QStringLiteral("verification_expired"),
            QStringLiteral("the code has expired; send a new one"));
    if (v.status != VerificationStatus::Pending)
        throw HttpError::conflict(QStringLiteral("verification_closed"),
            QStringLiteral("this verification is already %1").arg(enumToString(v.status)));
    const qint64 now = ServerContext::nowMs();
    if (v.method == VerificationMethod::Questions) {
        // Wrong answers count per customer across verifications: past the
        // limit even the right answer does not verify; SMS still can.
        db.lockRow(Database::Table::Accounts, v.accountId);
        try {
            enforceQuestionLimit(v.accountId, now);
        } catch (const HttpError &) {
            db.exec(
                QStringLiteral("UPDATE verifications SET status = 'failed' WHERE id = ?"), {id});
            m_ctx.audit(
                request.agent().id, QStringLiteral("verification.limited"), v.accountId, v.callId);
            tx.commit();
            throw;
        }
    }
    const QByteArray stored
        = db.scalar(QStringLiteral("SELECT secret_hash FROM verifications WHERE id = ?"), {id})
              .toByteArray();
    bool correct;
    if (v.method == VerificationMethod::Sms) {
        const qsizetype dollar = stored.indexOf('$');
        correct = dollar > 0
            && Credentials::constantTimeEquals(
                Credentials::tokenDigest(stored.left(dollar) + given.trimmed().toLatin1()),
                stored.mid(dollar + 1));
    } else {
        correct = Credentials::constantTimeEquals(answerDigest(v.accountId, given), stored);
    }
    if (correct) {
        db.exec(QStringLiteral("UPDATE verifications SET status = 'verified', verified_at = ?, "
                               "expires_at = ? WHERE id = ?"),
            {now, now + qint64(m_ctx.config().verifiedSeconds) * 1000, id});
    } else {
        const int left = v.triesLeft - 1;
        db.exec(QStringLiteral("UPDATE verifications SET tries_left = ?, status = ?, wrong_answers "
                               "= wrong_answers + 1"
                               " WHERE id = ?"),
            {left, left > 0 ? QStringLiteral("pending") : QStringLiteral("failed"), id});
    }
    m_ctx.audit(request.agent().id,
        correct ? QStringLiteral("verification.passed") : QStringLiteral("verification.wrong"),
        v.accountId, v.callId);
    const CallerVerification after
        = load(m_ctx, id); // as this answer left it, not as a later one did
    tx.commit();
    return Reply::json(after.toJson());
}

namespace {

HttpError tooMany(const QString &code, const QString &message, qint64 nowMs, qint64 retryAtMs)
{
    const qint64 seconds = qMax<qint64>(1, (retryAtMs - nowMs + 999) / 1000);
    return HttpError(429, code, message, QStringLiteral("method"),
        {{QStringLiteral("retryAfterSeconds"), seconds},
            {QStringLiteral("retryAt"), formatDateTime(ServerContext::fromMs(retryAtMs))}});
}

} // namespace

// The newest `n`-th code sent by `column` = `id` at or after `since`, if
// there are at least n: the slot it holds frees when it leaves the window.
std::optional<qint64> VerificationApi::nthNewestCode(
    const char *column, qint64 id, qint64 since, int n) const
{
    Rows q = m_ctx.db().exec(
        QStringLiteral("SELECT created_at FROM verifications WHERE %1 = ? AND method = 'sms'"
                       " AND created_at >= ? ORDER BY created_at DESC LIMIT 1 OFFSET ?")
            .arg(QLatin1String(column)),
        {id, since, n - 1});
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

void VerificationApi::enforceCodeLimits(qint64 accountId, qint64 agentId, qint64 now) const
{
    const AbuseLimits &limits = m_ctx.config().limits;
    const qint64 hour = 3600 * 1000;
    qint64 retryAt = 0;
    if (limits.smsIntervalSeconds > 0) {
        if (const auto last = nthNewestCode(
                "account_id", accountId, now - qint64(limits.smsIntervalSeconds) * 1000, 1))
            retryAt = qMax(retryAt, *last + qint64(limits.smsIntervalSeconds) * 1000);
    }
    if (const auto slot
        = nthNewestCode("account_id", accountId, now - hour, limits.smsPerAccountPerHour))
        retryAt = qMax(retryAt, *slot + hour);
    // When the agent's own limit frees later, the earlier time would be a lie.
    const auto agentSlot
        = nthNewestCode("agent_id", agentId, now - hour, limits.smsPerAgentPerHour);
    if (retryAt > now && agentSlot)
        retryAt = qMax(retryAt, *agentSlot + hour);
    if (retryAt > now)
        throw tooMany(QStringLiteral("too_many_codes"),
            QStringLiteral("this customer was sent a code moments ago or too often; the next one "
                           "can be sent at %1")
                .arg(formatDateTime(ServerContext::fromMs(retryAt))),
            now, retryAt);
    if (agentSlot)
        throw tooMany(QStringLiteral("too_many_codes_by_agent"),
            QStringLiteral("you have sent too many codes this hour; the next one can be sent at %1")
                .arg(formatDateTime(ServerContext::fromMs(*agentSlot + hour))),
            now, *agentSlot + hour);
}

void VerificationApi::enforceQuestionLimit(qint64 accountId, qint64 now) const
{
    const qint64 day = 24 * 3600 * 1000;
    Rows q = m_ctx.db().exec(
        QStringLiteral("SELECT COALESCE(SUM(wrong_answers), 0), MIN(created_at) FROM verifications"
                       " WHERE account_id = ? AND method = 'questions' AND wrong_answers > 0"
                       " AND created_at >= ?"),
        {accountId, now - day});
    if (q.next() && q.value(0).toLongLong() >= m_ctx.config().limits.questionFailuresPerDay)
        throw tooMany(QStringLiteral("question_attempts_exceeded"),
            QStringLiteral(
                "too many wrong answers to this customer's security question; verify by SMS"),
            now, q.value(1).toLongLong() + day);
}

Reply VerificationApi::get(RequestContext &request)
{
    const CallerVerification v = load(m_ctx, request.pathId(0));
    if (v.agentId != request.agent().id && !request.isSupervisor())
        throw HttpError::forbidden(QStringLiteral("this verification belongs to another agent"));
    return Reply::json(v.toJson());
}

} // namespace WalletDesk::Server
