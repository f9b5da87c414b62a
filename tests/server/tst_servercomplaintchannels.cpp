// Complaints from every channel over real HTTPS, on SQLite or
// (WALLETDESK_TEST_BACKEND=postgres) PostgreSQL: a complaint logged without
// a call, the customer's text messages when it is acknowledged and resolved
// (as the SMS gateway sent them, and on the timeline when they were not
// sent), and evidence: stored once per key, its type told from its bytes,
// downloaded by supervisors only and on the audit record.
#include "ApiCaller.h"
#include "Masking.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>
#include <QtTest>

namespace {
QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
// The smallest PNG a phone would never send, but a PNG all the same.
QByteArray pngBytes()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAE"
        "hQGAhKmMIQAAAABJRU5ErkJggg==");
}
} // namespace

class TestServerComplaintChannels : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<ApiCaller> m_agent;
    std::unique_ptr<ApiCaller> m_supervisor;
    qint64 m_agentId = 0;

    std::unique_ptr<ApiCaller> signedIn(const QString &user, qint64 *id = nullptr)
    {
        auto api = std::make_unique<ApiCaller>(m_server.baseUrl(), m_server.caCertificates());
        const auto login = api->signIn(user, user + QStringLiteral("-demo"));
        if (login.status != 200)
            qWarning() << "cannot sign in" << user << login.body;
        if (id)
            *id = login.json.value(QStringLiteral("agent"))
                      .toObject()
                      .value(QStringLiteral("id"))
                      .toInteger();
        return api;
    }

    static QJsonObject wechatComplaint(const QString &number, bool optOut = false)
    {
        QJsonObject o {{QStringLiteral("channel"), QStringLiteral("wechat")},
            {QStringLiteral("categoryCode"), QStringLiteral("refund_delay")},
            {QStringLiteral("severity"), QStringLiteral("medium")},
            {QStringLiteral("accountId"), 2},
            {QStringLiteral("description"), QStringLiteral("微信留言：退款三天未到账")},
            {QStringLiteral("customerRequest"), QStringLiteral("尽快退款")},
            {QStringLiteral("preferredContactTime"), QStringLiteral("工作日 9–18 点")},
            {QStringLiteral("smsOptOut"), optOut}};
        if (!number.isEmpty())
            o.insert(QStringLiteral("callbackNumber"), number);
        return o;
    }

    qint64 create(ApiCaller &api, const QJsonObject &body)
    {
        const auto r
            = api.post(QStringLiteral("/api/v1/complaints"), body, {{"Idempotency-Key", newKey()}});
        if (r.status != 201)
            qWarning() << r.body;
        return r.json.value(QStringLiteral("id")).toInteger();
    }

    // What the simulated gateway sent to a number, oldest first.
    QStringList smsTo(const QString &number) const
    {
        QFile file(m_server.smsLogFile());
        QStringList bodies;
        if (!file.open(QIODevice::ReadOnly))
            return bodies;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            // The handset, however the number was written.
            if (WalletDesk::Masking::nationalPhoneDigits(text(o, "to"))
                == WalletDesk::Masking::nationalPhoneDigits(number))
                bodies << text(o, "body");
        }
        return bodies;
    }

    QJsonArray events(qint64 id)
    {
        return m_supervisor->get(QStringLiteral("/api/v1/complaints/%1/events").arg(id)).items();
    }
    QStringList details(qint64 id, const QString &kind)
    {
        QStringList found;
        for (const auto &e : events(id)) {
            if (text(e.toObject(), "kind") == kind)
                found << text(e.toObject(), "detail");
        }
        return found;
    }

    ApiCaller::Response assign(qint64 id)
    {
        return m_supervisor->post(QStringLiteral("/api/v1/complaints/%1/assign").arg(id),
            {{QStringLiteral("assignee"), m_agentId}});
    }
    ApiCaller::Response resolve(qint64 id)
    {
        return m_supervisor->post(QStringLiteral("/api/v1/complaints/%1/resolve").arg(id),
            {{QStringLiteral("resolutionCode"), QStringLiteral("refunded")},
                {QStringLiteral("resolutionText"), QStringLiteral("已退回原卡")}});
    }

    ApiCaller::Response upload(ApiCaller &api, qint64 id, const QByteArray &content,
        const QByteArray &key = newKey(), const QString &name = QStringLiteral("receipt.png"))
    {
        return api.post(QStringLiteral("/api/v1/complaints/%1/attachments").arg(id),
            {{QStringLiteral("fileName"), name},
                {QStringLiteral("contentBase64"), QString::fromLatin1(content.toBase64())}},
            {{"Idempotency-Key", key}});
    }
    int attachmentCount(qint64 id)
    {
        const auto r
            = m_supervisor->get(QStringLiteral("/api/v1/complaints/%1/attachments").arg(id));
        return r.status == 200 ? int(r.items().size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_agent = signedIn(QStringLiteral("agent01"), &m_agentId);
        m_supervisor = signedIn(QStringLiteral("super01"));
    }

    void referenceListsEveryChannel()
    {
        const auto r = m_agent->get(QStringLiteral("/api/v1/reference"));
        QCOMPARE(r.status, 200);
        QStringList codes;
        for (const auto &c : r.json.value(QStringLiteral("channels")).toArray())
            codes << text(c.toObject(), "code");
        for (const char *code : {"wechat", "app", "letter", "email", "service_centre"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        const QJsonObject notices = r.json.value(QStringLiteral("notices")).toObject();
        QVERIFY(text(notices, "acknowledgedZh").contains(QStringLiteral("{deadline}")));
        QVERIFY(notices.value(QStringLiteral("perRecipientPerHour")).toInt() > 0);
    }

    void wechatComplaintWithoutCall()
    {
        const auto r = m_agent->post(QStringLiteral("/api/v1/complaints"),
            wechatComplaint(QStringLiteral("+86 139-0000-1111")), {{"Idempotency-Key", newKey()}});
        QCOMPARE(r.status, 201);
        QCOMPARE(text(r.json, "channel"), QStringLiteral("wechat"));
        QVERIFY(r.json.value(QStringLiteral("callId")).isNull());
        // The agent who logged it calls back: the number in full.
        QCOMPARE(text(r.json, "callbackNumber"), QStringLiteral("+8613900001111"));
        QCOMPARE(text(r.json, "preferredContactTime"), QStringLiteral("工作日 9–18 点"));
        QCOMPARE(r.json.value(QStringLiteral("smsOptOut")).toBool(), false);
        QCOMPARE(text(r.json, "noticeLanguage"), QStringLiteral("zh_CN"));
        // The account reads as its number, masked; deadlines as for any complaint.
        QVERIFY(text(r.json, "accountNumberMasked").contains(QStringLiteral("…")));
        const QDateTime created = QDateTime::fromString(text(r.json, "createdAt"), Qt::ISODate);
        const QDateTime due = QDateTime::fromString(text(r.json, "dueAt"), Qt::ISODate);
        QCOMPARE(created.daysTo(due), 15);
        // Another supervisor reading it sees that there is a number, masked.
        const qint64 id = r.json.value(QStringLiteral("id")).toInteger();
        const auto other = signedIn(QStringLiteral("super02"));
        const auto read = other->get(QStringLiteral("/api/v1/complaints/%1").arg(id));
        QCOMPARE(read.status, 200);
        QCOMPARE(text(read.json, "callbackNumber"), QStringLiteral("139****1111"));
        QCOMPARE(text(read.json, "preferredContactTime"), QStringLiteral("工作日 9–18 点"));
    }

    void badChannelInputIsRefused()
    {
        QJsonObject body = wechatComplaint(QStringLiteral("139****1111"));
        auto r = m_agent->post(
            QStringLiteral("/api/v1/complaints"), body, {{"Idempotency-Key", newKey()}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), QStringLiteral("callbackNumber"));
        body = wechatComplaint(QStringLiteral("+8613900001111"));
        body.insert(QStringLiteral("noticeLanguage"), QStringLiteral("fr"));
        r = m_agent->post(
            QStringLiteral("/api/v1/complaints"), body, {{"Idempotency-Key", newKey()}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), QStringLiteral("noticeLanguage"));
    }

    void acknowledgementAndResolutionTexts()
    {
        const QString number = QStringLiteral("+8613900002222");
        const qint64 id = create(*m_agent, wechatComplaint(number));
        QVERIFY(id > 0);
        QVERIFY(smsTo(number).isEmpty()); // logging it is not yet acknowledging it

        const auto assigned = assign(id);
        QCOMPARE(assigned.status, 200);
        QTRY_COMPARE(smsTo(number).size(), 1);
        const QString ack = smsTo(number).constFirst();
        QVERIFY2(ack.contains(QString::number(id)), qPrintable(ack));
        QVERIFY2(ack.contains(QStringLiteral("受理")), qPrintable(ack));
        const QDateTime due = QDateTime::fromString(text(assigned.json, "dueAt"), Qt::ISODate);
        const QString chinaDue
            = due.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY2(ack.contains(chinaDue), qPrintable(ack + QStringLiteral(" / ") + chinaDue));
        QCOMPARE(details(id, QStringLiteral("notice")),
            QStringList {QStringLiteral("acknowledged sent 139****2222")});

        // A second assignment acknowledges nothing new.
        QCOMPARE(assign(id).status, 200);
        QCOMPARE(smsTo(number).size(), 1);

        QCOMPARE(resolve(id).status, 200);
        QCOMPARE(smsTo(number).size(), 2);
        QVERIFY(smsTo(number).at(1).contains(QStringLiteral("办结")));
        QCOMPARE(details(id, QStringLiteral("notice")).last(),
            QStringLiteral("resolved sent 139****2222"));
    }

    void englishNoticeToTheAccountsPhone()
    {
        QJsonObject body = wechatComplaint(QString());
        body.insert(QStringLiteral("noticeLanguage"), QStringLiteral("en"));
        body.insert(QStringLiteral("channel"), QStringLiteral("letter"));
        const qint64 id = create(*m_agent, body);
        QCOMPARE(assign(id).status, 200);
        const QString detail = details(id, QStringLiteral("notice")).value(0);
        // The account's phone, which no reply shows in full: masked here too.
        QVERIFY2(detail.startsWith(QStringLiteral("acknowledged sent ")), qPrintable(detail));
        QVERIFY(detail.contains(QLatin1Char('*')));
        QFile file(m_server.smsLogFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        const QString last = text(QJsonDocument::fromJson(lines.last()).object(), "body");
        QVERIFY2(last.contains(QStringLiteral("received your complaint no. %1").arg(id)),
            qPrintable(last));
    }

    void optOutIsRecordedNotSent()
    {
        const QString number = QStringLiteral("+8613900003333");
        const qint64 id = create(*m_agent, wechatComplaint(number, true));
        QCOMPARE(assign(id).status, 200);
        QCOMPARE(resolve(id).status, 200);
        QVERIFY(smsTo(number).isEmpty());
        QCOMPARE(details(id, QStringLiteral("notice")),
            (QStringList {QStringLiteral("acknowledged opted_out 139****3333"),
                QStringLiteral("resolved opted_out 139****3333")}));
    }

    void rateLimitIsRecordedNotSent()
    {
        const QString number = QStringLiteral("+8613900004444");
        const int perHour = m_agent->get(QStringLiteral("/api/v1/reference"))
                                .json.value(QStringLiteral("notices"))
                                .toObject()
                                .value(QStringLiteral("perRecipientPerHour"))
                                .toInt();
        // One handset written every way a customer or an agent might: the
        // limit counts the handset.
        const QStringList spellings {number, QStringLiteral("8613900004444"),
            QStringLiteral("0086 139 0000 4444"), QStringLiteral("139-0000-4444"),
            QStringLiteral("(139)00004444"), QStringLiteral("13900004444")};
        QVERIFY(perHour + 1 <= spellings.size());
        QList<qint64> ids;
        for (int i = 0; i <= perHour; ++i) {
            ids << create(*m_agent, wechatComplaint(spellings.at(i)));
            QCOMPARE(assign(ids.last()).status, 200);
        }
        QCOMPARE(smsTo(number).size(), perHour);
        QCOMPARE(details(ids.last(), QStringLiteral("notice")),
            QStringList {QStringLiteral("acknowledged rate_limited 139****4444")});
    }

    void attachmentUploadListDownload()
    {
        const qint64 id = create(*m_agent, wechatComplaint(QStringLiteral("+8613900005555")));
        const QByteArray png = pngBytes();
        const QByteArray key = newKey();
        const auto first = upload(*m_agent, id, png, key);
        if (first.status != 201)
            qWarning() << id << first.body;
        QCOMPARE(first.status, 201);
        QCOMPARE(text(first.json, "contentType"), QStringLiteral("image/png"));
        QCOMPARE(text(first.json, "fileName"), QStringLiteral("receipt.png"));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
        QCOMPARE(text(first.json, "sha256"), sha);
        const qint64 attachmentId = first.json.value(QStringLiteral("id")).toInteger();

        // A retry with the same key (the answer was lost) makes no second one.
        const auto again = upload(*m_agent, id, png, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json.value(QStringLiteral("id")).toInteger(), attachmentId);
        QCOMPARE(attachmentCount(id), 1);

        // The agent who logged it may list it; on the timeline too.
        const auto listed
            = m_agent->get(QStringLiteral("/api/v1/complaints/%1/attachments").arg(id));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.items().size(), 1);
        QCOMPARE(details(id, QStringLiteral("attachment")),
            QStringList {QStringLiteral("%1 receipt.png").arg(attachmentId)});

        // Download: supervisors only, the same bytes, and on the audit record.
        const QString contentPath = QStringLiteral("/api/v1/complaints/%1/attachments/%2/content")
                                        .arg(id)
                                        .arg(attachmentId);
        QCOMPARE(m_agent->get(contentPath).status, 403);
        const auto download = m_supervisor->get(contentPath);
        QCOMPARE(download.status, 200);
        const QByteArray bytes
            = QByteArray::fromBase64(text(download.json, "contentBase64").toLatin1());
        QCOMPARE(bytes, png);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
            sha);
        const auto audit = m_supervisor->get(
            QStringLiteral("/api/v1/audit?action=complaint.attachment.download"));
        QCOMPARE(audit.status, 200);
        bool found = false;
        for (const auto &e : audit.items())
            found = found
                || text(e.toObject(), "detail")
                    == QStringLiteral("complaint %1, attachment %2").arg(id).arg(attachmentId);
        QVERIFY(found);

        // The same bytes attached again under a new key: a second attachment.
        QCOMPARE(upload(*m_agent, id, png).status, 201);
        QCOMPARE(attachmentCount(id), 2);
        // Its name says what it is when saved: a PNG called .html is kept as .html.png.
        const auto html = upload(*m_agent, id, png, newKey(), QStringLiteral("evil.html"));
        QCOMPARE(html.status, 201);
        QCOMPARE(text(html.json, "fileName"), QStringLiteral("evil.html.png"));
    }

    void badUploadsAreRefusedAndStoreNothing()
    {
        const qint64 id = create(*m_agent, wechatComplaint(QStringLiteral("+8613900006666")));
        // Over 5 MiB of real JPEG: 413 by the route's body limit.
        QByteArray big(5 * 1024 * 1024 + 1, 'x');
        big.replace(0, 3, QByteArray("\xff\xd8\xff", 3));
        auto r = upload(*m_agent, id, big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), QStringLiteral("payload_too_large"));
        // Just over 5 MiB of content in a body the route takes: 413 all the same.
        QByteArray edge(5 * 1024 * 1024 + 10, 'x');
        edge.replace(0, 5, QByteArray("%PDF-"));
        r = upload(*m_agent, id, edge);
        QCOMPARE(r.status, 413);
        // A text file named .png: the bytes say what it is.
        r = upload(*m_agent, id, QByteArray("not a picture at all"));
        QCOMPARE(r.status, 415);
        QCOMPARE(r.code(), QStringLiteral("unsupported_media_type"));
        // Names that would mislead whoever reads or saves them: refused by name.
        for (const QString &name : {QStringLiteral("invoice\u202egnp.exe"),
                 QStringLiteral("a\r\nb.png"), QStringLiteral("red\u001b[31m.png"),
                 QStringLiteral(".."), QStringLiteral("dir/..")}) {
            r = upload(*m_agent, id, pngBytes(), newKey(), name);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.field(), QStringLiteral("fileName"));
        }
        // Base64 that is not: 400 naming the field.
        r = m_agent->post(QStringLiteral("/api/v1/complaints/%1/attachments").arg(id),
            {{QStringLiteral("fileName"), QStringLiteral("a.png")},
                {QStringLiteral("contentBase64"), QStringLiteral("@@@not base64@@@")}},
            {{"Idempotency-Key", newKey()}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), QStringLiteral("contentBase64"));
        // Without a key: 400, as for any create.
        r = m_agent->post(QStringLiteral("/api/v1/complaints/%1/attachments").arg(id),
            {{QStringLiteral("fileName"), QStringLiteral("a.png")},
                {QStringLiteral("contentBase64"), QString::fromLatin1(pngBytes().toBase64())}});
        QCOMPARE(r.status, 400);
        QCOMPARE(attachmentCount(id), 0);
        QVERIFY(details(id, QStringLiteral("attachment")).isEmpty());
        // The server still answers on a new connection after the refusals.
        QCOMPARE(upload(*m_agent, id, pngBytes()).status, 201);
        QCOMPARE(attachmentCount(id), 1);
    }

    void otherAgentsCannotAttach()
    {
        const qint64 id = create(*m_agent, wechatComplaint(QStringLiteral("+8613900007777")));
        const auto stranger = signedIn(QStringLiteral("agent02"));
        QCOMPARE(upload(*stranger, id, pngBytes()).status, 403);
        QCOMPARE(attachmentCount(id), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerComplaintChannels)
#include "tst_servercomplaintchannels.moc"
