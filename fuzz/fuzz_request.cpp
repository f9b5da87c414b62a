// libFuzzer target: the server's request reader. The input is what a client
// sends on a connection (one or more raw HTTP/1.1 requests); it goes through
// a socket pair into the real ApiServer (Qt's HTTP parser) and Router, whose
// probe routes call every RequestContext accessor: path ids, query strings,
// integers, dates, enums, page limits, keyset cursors, headers (X-Call-Id,
// Idempotency-Key, If-Match, bearer token) and JSON bodies decoded by the
// request types. QHttpServerRequest cannot be built outside Qt's parser, so
// this is the lowest level that sees a real request. Properties: no crash or
// sanitizer report, and no 500 (an exception the reader did not turn into a
// 4xx).

#include "ActionRequest.h"
#include "ApiServer.h"
#include "CallRecord.h"
#include "Complaint.h"
#include "FuzzCheck.h"
#include "PageBuilder.h"
#include "Router.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <sys/socket.h>
#include <unistd.h>

using namespace WalletDesk;
using namespace WalletDesk::Server;

namespace {

// Hands one end of a socket pair to the HTTP server as if it had accepted it.
class SocketPairServer : public QTcpServer
{
public:
    void take(qintptr descriptor) { incomingConnection(descriptor); }
};

// Runs one accessor; its 400 goes into the answer instead of ending the request,
// so that one request reaches every accessor.
template<typename Fn> void probe(QJsonObject &out, const QString &name, Fn fn)
{
    try {
        out.insert(name, fn());
    } catch (const HttpError &error) {
        out.insert(
            name, QStringLiteral("%1 %2: %3").arg(error.status).arg(error.field, error.message));
    }
}

template<typename T> QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

Reply readQuery(RequestContext &r)
{
    QJsonObject out;
    probe(out, QStringLiteral("id"), [&] { return QJsonValue(r.pathId(0)); });
    probe(out, QStringLiteral("q"), [&] { return orNull(r.queryString(QStringLiteral("q"))); });
    probe(out, QStringLiteral("code"),
        [&] { return orNull(r.queryString(QStringLiteral("code"), 6)); });
    probe(out, QStringLiteral("n"),
        [&] { return orNull(r.queryInteger(QStringLiteral("n"), -100, 100)); });
    probe(out, QStringLiteral("minFen"),
        [&] { return orNull(r.queryInteger(QStringLiteral("minFen"), 0, Q_INT64_C(1) << 52)); });
    probe(out, QStringLiteral("from"), [&] {
        const auto d = r.queryDate(QStringLiteral("from"));
        return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue();
    });
    probe(out, QStringLiteral("limit"), [&] { return QJsonValue(r.pageLimit()); });
    probe(out, QStringLiteral("type"), [&] {
        const auto t = r.queryEnum<TransactionType>(QStringLiteral("type"));
        return t ? QJsonValue(enumToString(*t)) : QJsonValue();
    });
    probe(out, QStringLiteral("status"), [&] {
        const auto s = r.queryEnum<ComplaintStatus>(QStringLiteral("status"));
        return s ? QJsonValue(enumToString(*s)) : QJsonValue();
    });
    probe(out, QStringLiteral("cursor"), [&] {
        const auto c = PageBuilder::parseKeysetCursor(r);
        return c ? QJsonValue(PageBuilder::keysetCursor(c->first, c->second)) : QJsonValue();
    });
    probe(out, QStringLiteral("callId"), [&] { return QJsonValue(r.callId()); });
    probe(
        out, QStringLiteral("idempotencyKey"), [&] { return QJsonValue(r.idempotencyKey(false)); });
    probe(out, QStringLiteral("ifMatch"), [&] { return orNull(r.ifMatchVersion()); });
    return Reply::json(out);
}

// The bodies of the contract's writes, each read the way its handler reads it;
// a 400 ends the request as it would there.
Reply readBody(RequestContext &r)
{
    const QString kind = r.request().url().path().section(QLatin1Char('/'), -1);
    QJsonObject out {
        {QStringLiteral("agent"), r.agent().toJson()}, {QStringLiteral("callId"), r.callId()}};
    if (kind == QLatin1String("action"))
        out.insert(kind, r.bodyAs<ActionDraft>().toJson());
    else if (kind == QLatin1String("complaint"))
        out.insert(kind, r.bodyAs<ComplaintDraft>().toJson());
    else if (kind == QLatin1String("call"))
        out.insert(kind, r.bodyAs<CallRecord>().toJson());
    else if (kind == QLatin1String("reason"))
        out.insert(kind, r.readBody([](JsonReader &j) {
            return j.nonEmptyString(QStringLiteral("reason"), 1000);
        }));
    else if (kind == QLatin1String("assign"))
        out.insert(kind, r.readBody([](JsonReader &j) {
            return j.integer(QStringLiteral("assignee"), 1, Q_INT64_C(1) << 52);
        }));
    else if (kind == QLatin1String("transactions"))
        out.insert(kind, r.readBody([](JsonReader &j) {
            QJsonArray ids;
            for (qint64 id : j.integerList(QStringLiteral("ids"), 50, 1, Q_INT64_C(1) << 52))
                ids.append(id);
            return ids;
        }));
    else if (kind == QLatin1String("codes"))
        out.insert(kind, r.readBody([](JsonReader &j) {
            return QJsonArray::fromStringList(j.stringList(QStringLiteral("codes"), 20, 60));
        }));
    else
        out.insert(QStringLiteral("body"), r.jsonBody());
    out.insert(QStringLiteral("idempotencyKey"), r.idempotencyKey(true));
    return Reply::json(out, 201);
}

// A supervisor's edit: If-Match and an Idempotency-Key are required.
Reply edit(RequestContext &r)
{
    const std::optional<qint64> version = r.ifMatchVersion();
    if (!version)
        throw HttpError(
            428, QStringLiteral("precondition_required"), QStringLiteral("send If-Match"));
    const ComplaintDraft draft = r.bodyAs<ComplaintDraft>();
    return Reply::json(
        {{QStringLiteral("version"), *version + 1}, {QStringLiteral("id"), r.pathId(0)},
            {QStringLiteral("key"), r.idempotencyKey(true)},
            {QStringLiteral("draft"), draft.toJson()}})
        .withHeader("ETag", "\"v" + QByteArray::number(*version + 1) + '"');
}

Agent authenticate(const QByteArray &token)
{
    if (token == "agent-token")
        return {2, QStringLiteral("agent01"), QStringLiteral("Agent"), Role::Agent};
    if (token == "supervisor-token")
        return {1, QStringLiteral("super01"), QStringLiteral("Supervisor"), Role::Supervisor};
    throw HttpError(
        401, QStringLiteral("token_invalid"), QStringLiteral("the access token is not valid"));
}

struct Harness
{
    Harness()
    {
        router.setMaxBodyBytes(8 * 1024);
        router.setAuthenticator(authenticate);
        using M = Router::Method;
        router.add(M::Get, QStringLiteral("/api/v1/probe/{id}"), Access::Public, readQuery);
        router.add(
            M::Post, QStringLiteral("/api/v1/probe/{id}/{kind}"), Access::SignedIn, readBody);
        router.add(M::Put, QStringLiteral("/api/v1/probe/{id}"), Access::Supervisor, edit);
        tcp = new SocketPairServer;
        tcp->listen(QHostAddress::LocalHost); // never connected to: bind() warns without it
        server.bind(tcp);
    }
    Router router;
    ApiServer server {router};
    SocketPairServer *tcp = nullptr; // owned by server
};

Harness *harness = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_request";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    harness = new Harness;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0)
        Fuzz::fail("socketpair failed", QString::fromLocal8Bit(strerror(errno)));
    harness->tcp->take(fds[0]); // the server's QTcpSocket owns this end now
    const int client = fds[1];

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QByteArray answer;
    size_t sent = 0;
    QSocketNotifier writable(client, QSocketNotifier::Write);
    QSocketNotifier readable(client, QSocketNotifier::Read);
    const auto send = [&] {
        while (sent < size) {
            const ssize_t n = ::write(client, data + sent, size - sent);
            if (n <= 0)
                return; // the buffer is full: wait until the server reads
            sent += size_t(n);
        }
        writable.setEnabled(false);
        ::shutdown(client, SHUT_WR); // the server sees the end of the connection after the bytes
    };
    QObject::connect(&writable, &QSocketNotifier::activated, send);
    QObject::connect(&readable, &QSocketNotifier::activated, [&] {
        char buffer[16384];
        for (;;) {
            const ssize_t n = ::read(client, buffer, sizeof buffer);
            if (n > 0) {
                answer.append(buffer, n);
                continue;
            }
            if (n == 0 || errno != EAGAIN) {
                readable.setEnabled(false);
                loop.quit(); // the server closed the connection
            }
            return;
        }
    });
    send();
    deadline.start(5000);
    loop.exec();
    ::close(client);
    // The server's socket is deleted later; do it now so nothing piles up.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    Fuzz::check(!answer.contains("\"internal_error\"") && !answer.contains("\"storage_error\""),
        "the request reader let an unexpected exception through (500)",
        QString::fromUtf8(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))
                              .toPercentEncoding(" /:?=&{}\",")));
    return 0;
}
