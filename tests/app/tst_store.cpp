// The console's SQLite cache: migrations (a file of version 1 keeps its
// outbox), the outbox, the record caches, the drafts, recovery from a damaged
// or newer file, the purge at sign-out, and writes that fail.
#include "CallSession.h"
#include "ComplaintService.h"
#include "DraftStore.h"
#include "Outbox.h"
#include "RecordCache.h"
#include "SampleRecords.h"
#include "StoreFile.h"
#include "TransactionFilter.h"
#include "Version1Cache.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace WalletDesk;

namespace {

ComplaintDraft draft(const QString &description)
{
    ComplaintDraft d;
    d.channel = QStringLiteral("hotline");
    d.categoryCode = QStringLiteral("fees");
    d.severity = Severity::Low;
    d.description = description;
    return d;
}

Account account(qint64 id, const QString &phone)
{
    Account a;
    a.summary = {id, QStringLiteral("8800…%1").arg(id, 4, 10, QLatin1Char('0')),
        QStringLiteral("张*"), phone, QStringLiteral("z***@example.cn"), AccountStatus::Active, 2};
    a.createdAt = QDateTime::currentDateTimeUtc();
    return a;
}

// Runs statements on a connection of its own, as another process would.
void poke(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("poke");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1String(": ") + q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void setUserVersion(const QString &path, int version)
{
    poke(path, {QStringLiteral("PRAGMA user_version = %1").arg(version)});
}

// A file of format 1 (Version1Cache.h) with an entry of each kind, one of
// them refused by the server before, and the agent's other work.
void writeVersion1(const QString &path)
{
    writeVersion1Cache(path, {},
        {QStringLiteral("INSERT INTO outbox (seq, key, kind, method, path, body, created_at) "
                        "VALUES (7, 'k-create',"
                        " 'complaint.create', 'POST', '/api/v1/complaints', "
                        "'{\"description\":\"old\"}', 1000)"),
            QStringLiteral("INSERT INTO outbox (seq, key, kind, method, path, body, created_at) "
                           "VALUES (8, 'k-note',"
                           " 'complaint.note', 'POST', '/api/v1/complaints/42/notes', "
                           "'{\"body\":\"n\"}', 2000)"),
            QStringLiteral(
                "INSERT INTO outbox (seq, key, kind, method, path, body, if_match, created_at, "
                "attempts,"
                " state, last_status, last_error) VALUES (9, 'k-edit', 'complaint.update', 'PATCH',"
                " '/api/v1/complaints/42', '{\"severity\":\"low\"}', '\"v3\"', 3000, 2, 'failed', "
                "409,"
                " 'changed meanwhile')"),
            QStringLiteral("INSERT INTO outbox (seq, key, kind, method, path, body, created_at) "
                           "VALUES (10, 'k-call',"
                           " 'call.record', 'POST', '/api/v1/calls', '{\"callId\":\"c\"}', 4000)"),
            QStringLiteral("INSERT INTO queued_complaints (key, draft, created_at) VALUES "
                           "('k-create', '%1', 1000)")
                .arg(QString::fromUtf8(QJsonDocument(draft(QStringLiteral("old")).toJson())
                                           .toJson(QJsonDocument::Compact))),
            QStringLiteral("INSERT INTO drafts (call_id, notes, updated_at) VALUES ('call-old', "
                           "'旧的备注', 1)"),
            QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('changes.cursor', '99')"),
            QStringLiteral("INSERT INTO transactions (id, account_id, created_at, order_number, "
                           "json) VALUES (1, 5, 1,"
                           " 'P1', '{}')")});
}

// Holds the file's write lock from another connection, as a second process
// would, until it goes.
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        locked = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN EXCLUSIVE"));
    }
    ~WriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    bool locked = false;

private:
    const QString name = QStringLiteral("lock");
};

// The file and its parts, as ConsoleCore holds them.
struct Store
{
    StoreFile file;
    Outbox outbox {&file};
    RecordCache cache {&file};
    DraftStore drafts {&file};

    bool open(const QString &path)
    {
        QString error;
        if (!file.open(path, &error))
            qWarning() << error;
        // A locked file is to fail in a test's time, not after five seconds.
        return file.isOpen() && file.run(QStringLiteral("PRAGMA busy_timeout = 100")).ok();
    }
};

Transaction fullTransaction()
{
    Transaction t;
    t.id = 77;
    t.orderNumber = QStringLiteral("W2026110100077");
    t.accountId = 5;
    t.type = TransactionType::Withdrawal;
    t.status = TransactionStatus::Failed;
    t.amount = {123456, QStringLiteral("CNY")};
    t.fee = {150, QStringLiteral("CNY")};
    t.merchant = QStringLiteral("商户 'quoted', \"甲\"");
    t.counterparty = QStringLiteral("李*");
    t.createdAt = QDateTime(QDate(2026, 11, 1), QTime(2, 3, 4, 567), Qt::UTC);
    t.completedAt = t.createdAt.addMSecs(1500);
    t.failureReason = QStringLiteral("银行系统超时");
    t.debited = true;
    t.refundState = RefundState::ReversalPending;
    t.reversalDue = QDate(2026, 11, 4);
    t.bankName = QStringLiteral("招商银行");
    t.maskedCard = QStringLiteral("6225********1234");
    t.expectedArrival = QDate(2026, 11, 3);
    return t;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outboxKeepsOrderAndState()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(!store.file.openReport().rebuilt);
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.outbox.queueComplaint(
                draft(QStringLiteral("c%1").arg(i)), QStringLiteral("key-%1").arg(i)));
        QCOMPARE(store.outbox.unsentCount(), 3);
        QCOMPARE(store.outbox.queuedComplaints().size(), 3);
        QCOMPARE(store.outbox.nextPending()->key, QStringLiteral("key-0"));
        QCOMPARE(store.outbox.nextPending()->operation, OutboxEntry::Operation::CreateComplaint);
        // A failed head blocks the queue: order matters to the server.
        QVERIFY(
            store.outbox.markFailed(store.outbox.nextPending()->seq, 400, QStringLiteral("bad")));
        QVERIFY(!store.outbox.nextPending());
        QCOMPARE(store.outbox.entries().first().lastError, QStringLiteral("bad"));
        QVERIFY(store.outbox.retryFailed(store.outbox.entries().first().seq));
        QCOMPARE(store.outbox.nextPending()->key, QStringLiteral("key-0"));
        QVERIFY(store.outbox.markSent(store.outbox.nextPending()->seq));
        QCOMPARE(store.outbox.unsentCount(), 2);
        QCOMPARE(store.outbox.queuedComplaints().size(), 2);
        QVERIFY(store.outbox.discard(store.outbox.nextPending()->seq));
        QCOMPARE(store.outbox.nextPending()->key, QStringLiteral("key-2"));
    }

    void entriesKeepTheirOperation()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("a.sqlite"))));
        OutboxEntry edit;
        edit.key = QStringLiteral("edit");
        edit.operation = OutboxEntry::Operation::EditComplaint;
        edit.complaintId = 42;
        edit.baseVersion = 3;
        edit.body = R"({"severity":"low"})";
        QVERIFY(store.outbox.enqueue(edit));
        OutboxEntry note = edit;
        note.key = QStringLiteral("note");
        note.operation = OutboxEntry::Operation::AddComplaintNote;
        note.baseVersion = 0;
        QVERIFY(store.outbox.enqueue(note));
        const QList<OutboxEntry> entries = store.outbox.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).operation, OutboxEntry::Operation::EditComplaint);
        QCOMPARE(entries.at(0).complaintId, 42);
        QCOMPARE(entries.at(0).baseVersion, 3);
        QCOMPARE(entries.at(0).body, edit.body);
        QCOMPARE(entries.at(1).operation, OutboxEntry::Operation::AddComplaintNote);
        QCOMPARE(entries.at(1).baseVersion, 0);
    }

    void version1FileKeepsItsOutbox()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeVersion1(path);
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(!store.file.openReport().rebuilt);
        const QList<OutboxEntry> entries = store.outbox.entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).seq, 7);
        QCOMPARE(entries.at(0).key, QStringLiteral("k-create"));
        QCOMPARE(entries.at(0).operation, OutboxEntry::Operation::CreateComplaint);
        QCOMPARE(entries.at(0).body, QByteArray(R"({"description":"old"})"));
        QCOMPARE(entries.at(0).createdAt.toMSecsSinceEpoch(), 1000);
        QCOMPARE(entries.at(1).operation, OutboxEntry::Operation::AddComplaintNote);
        QCOMPARE(entries.at(1).complaintId, 42);
        QCOMPARE(entries.at(2).operation, OutboxEntry::Operation::EditComplaint);
        QCOMPARE(entries.at(2).complaintId, 42);
        QCOMPARE(entries.at(2).baseVersion, 3);
        QCOMPARE(entries.at(2).state, OutboxEntry::State::Failed);
        QCOMPARE(entries.at(2).attempts, 2);
        QCOMPARE(entries.at(2).lastStatus, 409);
        QCOMPARE(entries.at(2).lastError, QStringLiteral("changed meanwhile"));
        QCOMPARE(entries.at(3).operation, OutboxEntry::Operation::RecordCall);
        QCOMPARE(store.outbox.queuedComplaints().size(), 1);
        QCOMPARE(store.drafts.draft(QStringLiteral("call-old")), QStringLiteral("旧的备注"));
        // An old draft is a call to resume too, with its notes and nothing else.
        const QList<CallDraft> drafts = store.drafts.all();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().notes, QStringLiteral("旧的备注"));
        QVERIFY(drafts.first().callerNumber.isEmpty());
        QVERIFY(!drafts.first().accountId);
        QVERIFY(!drafts.first().startedAt.isValid());
        QCOMPARE(drafts.first().updatedAt.toMSecsSinceEpoch(), 1);
        // The caches start over, and with them the changes feed.
        QCOMPARE(store.cache.syncValue(QStringLiteral("changes.cursor")), QString());
        QVERIFY(store.cache.transactions(5, 0, 10).isEmpty());
        // Sent entries' numbers are not handed out again.
        OutboxEntry call;
        call.key = QStringLiteral("k-new");
        call.operation = OutboxEntry::Operation::RecordCall;
        QVERIFY(store.outbox.enqueue(call));
        QVERIFY(store.outbox.entries().last().seq > 10);
    }

    void brokenVersion1FileIsSalvaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeVersion1(path);
        setUserVersion(path, 99); // cannot be read as it is: rebuilt from what can be salvaged
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(store.file.openReport().rebuilt);
        QCOMPARE(store.file.openReport().recoveredOutbox, 4);
        const QList<OutboxEntry> entries = store.outbox.entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).operation, OutboxEntry::Operation::CreateComplaint);
        QCOMPARE(entries.at(1).operation, OutboxEntry::Operation::AddComplaintNote);
        QCOMPARE(entries.at(2).operation, OutboxEntry::Operation::EditComplaint);
        QCOMPARE(entries.at(2).baseVersion, 3);
        QCOMPARE(entries.at(3).operation, OutboxEntry::Operation::RecordCall);
        QCOMPARE(store.outbox.queuedComplaints().size(), 1);
        QCOMPARE(store.drafts.draft(QStringLiteral("call-old")), QStringLiteral("旧的备注"));
    }

    // Version 3: a draft carries its call (caller, account, start, a logged
    // complaint); the newest comes first. A draft of version 2 stays readable.
    void draftsCarryTheirCall()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
        }
        // Back to the drafts of version 2, one saved then (and no callbacks,
        // of version 4, nor number digests, of version 5).
        poke(path,
            {QStringLiteral("DROP TABLE number_digests"), QStringLiteral("DROP TABLE callbacks"),
                QStringLiteral("DROP TABLE drafts"),
                QStringLiteral(
                    "CREATE TABLE drafts (call_id TEXT PRIMARY KEY, notes TEXT NOT NULL, "
                    "updated_at INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO drafts VALUES ('call-v2', '第二版的备注', 1000)"),
                QStringLiteral("PRAGMA user_version = 2")});
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(!store.file.openReport().rebuilt);
        CallDraft d;
        d.callId = QStringLiteral("call-v3");
        d.notes = QStringLiteral("客户来电");
        d.callerNumber = QStringLiteral("+8613800138000");
        d.accountId = 7;
        d.startedAt = QDateTime::fromMSecsSinceEpoch(5000, Qt::UTC);
        d.complaintLogged = true;
        QVERIFY(store.drafts.save(d));
        const QList<CallDraft> drafts = store.drafts.all();
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).callId, QStringLiteral("call-v3"));
        QCOMPARE(drafts.at(0).notes, d.notes);
        QCOMPARE(drafts.at(0).callerNumber, d.callerNumber);
        QCOMPARE(drafts.at(0).accountId.value_or(0), 7);
        QCOMPARE(drafts.at(0).startedAt, d.startedAt);
        QVERIFY(drafts.at(0).complaintLogged);
        QCOMPARE(drafts.at(1).callId, QStringLiteral("call-v2"));
        QCOMPARE(drafts.at(1).notes, QStringLiteral("第二版的备注"));
        QVERIFY(!drafts.at(1).accountId && !drafts.at(1).startedAt.isValid());
        QVERIFY(!drafts.at(1).complaintLogged);

        // Salvaged from a broken file with all of it.
        store.file.close();
        setUserVersion(path, 99);
        Store again;
        QVERIFY(again.open(path));
        QVERIFY(again.file.openReport().rebuilt);
        QCOMPARE(again.file.openReport().recoveredDrafts, 2);
        bool found = false;
        for (const CallDraft &s : again.drafts.all()) {
            if (s.callId != d.callId)
                continue;
            found = true;
            QCOMPARE(s.callerNumber, d.callerNumber);
            QCOMPARE(s.accountId.value_or(0), 7);
            QCOMPARE(s.startedAt, d.startedAt);
            QVERIFY(s.complaintLogged);
        }
        QVERIFY(found);
    }

    // What arrives for a held call (a verification answer, a supervisor's
    // decision, a complaint's number, a line for its notes) stays with it;
    // held calls are saved, and a crash brings every one back.
    void heldCallsKeepTheirWork()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QString firstId;
        {
            Store store;
            QVERIFY(store.open(path));
            CallSession call(&store.drafts, &store.outbox);
            QSignalSpy waiting(&call, &CallSession::waitingChanged);
            call.start(QStringLiteral("+8613800138000"));
            call.chooseAccount(1);
            call.setNotes(QStringLiteral("第一通"));
            firstId = call.callId();
            call.start(QStringLiteral("+8613900139000")); // the first goes on hold
            QCOMPARE(call.waitingCount(), 1);
            QCOMPARE(call.waiting().first().callId, firstId);
            QCOMPARE(call.waiting().first().kind, WaitingCall::Kind::Held);
            QCOMPARE(store.drafts.draft(firstId), QStringLiteral("第一通"));
            call.setNotes(QStringLiteral("第二通"));

            CallerVerification verified;
            verified.id = 5;
            verified.accountId = 1;
            verified.callId = firstId;
            verified.status = VerificationStatus::Verified;
            verified.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
            call.setVerification(firstId, verified);
            QVERIFY(!call.isVerified()); // not the live call's
            ActionRequest request;
            request.id = 9;
            request.accountId = 1;
            request.callId = firstId;
            request.status = ActionStatus::PendingApproval;
            call.trackRequest(request);
            QVERIFY(call.requests().isEmpty());
            call.appendToNotes(firstId, QStringLiteral("操作：已申请"));
            QCOMPARE(call.notes(), QStringLiteral("第二通"));
            ComplaintService complaints(&store.outbox);
            QObject::connect(&complaints, &ComplaintService::loggedOnCall, &call,
                &CallSession::noteComplaintLogged);
            QObject::connect(&complaints, &ComplaintService::complaintCreated, &call,
                &CallSession::noteComplaintNumbered);
            ComplaintDraft logged = draft(QStringLiteral("held call's complaint"));
            logged.callId = firstId;
            const QString key = complaints.queue(logged);
            QVERIFY(!key.isEmpty());
            QSignalSpy numbered(&call, &CallSession::complaintNumbered);
            call.noteComplaintNumbered(key, 77);
            QCOMPARE(numbered.count(), 1);
            QCOMPARE(numbered.first().at(0).toString(), firstId);
            QVERIFY(!call.complaintId());

            QVERIFY(call.switchTo(firstId));
            QCOMPARE(call.callId(), firstId);
            QCOMPARE(call.notes(), QStringLiteral("第一通\n操作：已申请"));
            QVERIFY(call.isVerified());
            QCOMPARE(call.requests().size(), 1);
            QCOMPARE(call.complaintId().value_or(0), 77);
            QVERIFY(call.complaintLogged());
            QCOMPARE(call.waitingCount(), 1);
            QVERIFY(waiting.count() >= 2);
            QVERIFY(!call.switchTo(QStringLiteral("no-such-call")));
            QVERIFY(call.saveDraftNow());
            // The console dies here: nothing is wrapped up.
        }
        Store store;
        QVERIFY(store.open(path));
        CallSession call(&store.drafts, &store.outbox);
        QCOMPARE(call.findUnfinished(), 2);
        QSignalSpy resumed(&call, &CallSession::resumed);
        QVERIFY(call.resumeUnfinished());
        QCOMPARE(resumed.first().at(1).toInt(), 1);
        QCOMPARE(call.callId(), firstId); // the one live last is live again
        QCOMPARE(call.notes(), QStringLiteral("第一通\n操作：已申请"));
        QVERIFY(call.complaintLogged());
        QCOMPARE(call.waitingCount(), 1);
        QVERIFY(call.switchToNext());
        QCOMPARE(call.notes(), QStringLiteral("第二通"));
        QCOMPARE(call.callerNumber(), QStringLiteral("+8613900139000"));
        QCOMPARE(call.waiting().first().callId, firstId);

        // Signing in again with a pop already live: every restored call
        // waits on hold behind it, none is lost.
        CallSession again(&store.drafts, &store.outbox);
        again.start(QStringLiteral("+8613700137000"));
        const QString popped = again.callId();
        QCOMPARE(again.findUnfinished(), 2);
        QSignalSpy back(&again, &CallSession::resumed);
        QVERIFY(again.resumeUnfinished());
        QCOMPARE(again.callId(), popped);
        QCOMPARE(again.waitingCount(), 2);
        QVERIFY(!back.first().at(0).toDateTime().isValid());
    }

    // What happened on the call picks the wrap-up code: a logged complaint
    // means the complaint code, otherwise the first (solved on this call).
    void wrapUpCodeFollowsTheCall()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("w.sqlite"))));
        const QList<CodedName> codes {{QStringLiteral("resolved_first_call"), {}, {}},
            {QStringLiteral("follow_up"), {}, {}}, {QStringLiteral("complaint_logged"), {}, {}}};
        CallSession call(&store.drafts, &store.outbox);
        call.start(QStringLiteral("+8613800138000"));
        QCOMPARE(call.suggestedWrapUpCode(codes), QStringLiteral("resolved_first_call"));
        call.noteComplaintLogged(QStringLiteral("another-call"));
        QCOMPARE(call.suggestedWrapUpCode(codes), QStringLiteral("resolved_first_call"));
        ComplaintService complaints(&store.outbox);
        QObject::connect(
            &complaints, &ComplaintService::loggedOnCall, &call, &CallSession::noteComplaintLogged);
        ComplaintDraft logged = draft(QStringLiteral("on this call"));
        logged.callId = call.callId();
        QVERIFY(!complaints.queue(logged).isEmpty());
        QCOMPARE(call.suggestedWrapUpCode(codes), QStringLiteral("complaint_logged"));
        QCOMPARE(call.suggestedWrapUpCode(codes.mid(0, 2)), QStringLiteral("resolved_first_call"));
        QVERIFY(call.end(QStringLiteral("complaint_logged")));
        call.start(QStringLiteral("+8613800138000"));
        QCOMPARE(call.suggestedWrapUpCode(codes), QStringLiteral("resolved_first_call"));
        QVERIFY(call.suggestedWrapUpCode({}).isEmpty());
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        const Account original = account(5, QStringLiteral("138****8000"));
        {
            Store store;
            QVERIFY(store.open(path));
            QVERIFY(store.outbox.queueComplaint(
                draft(QStringLiteral("kept")), QStringLiteral("key-kept")));
            QVERIFY(store.drafts.save(QStringLiteral("call-1"), QStringLiteral("客户说……")));
            QVERIFY(store.cache.putAccount(original, "\"etag\""));
        }
        Store store;
        QVERIFY(store.open(path));
        QCOMPARE(store.outbox.unsentCount(), 1);
        QCOMPARE(store.outbox.queuedComplaints().first().second, draft(QStringLiteral("kept")));
        QCOMPARE(store.drafts.draft(QStringLiteral("call-1")), QStringLiteral("客户说……"));
        const auto cached = store.cache.account(5);
        QVERIFY(cached);
        QCOMPARE(cached->etag, QByteArray("\"etag\""));
        QCOMPARE(cached->value, original);
        QVERIFY(cached->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    }

    void transactionsReadBackExactly()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const Transaction full = fullTransaction();
        Transaction bare;
        bare.id = 78;
        bare.orderNumber = QStringLiteral("P78");
        bare.accountId = 5;
        bare.amount = {1, QStringLiteral("CNY")};
        bare.createdAt = full.createdAt.addSecs(-60);
        QVERIFY(store.cache.putTransactions({full, bare}));
        const QList<Transaction> rows = store.cache.transactions(5, 0, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), full);
        QCOMPARE(rows.at(1), bare);
        QVERIFY(!rows.at(1).completedAt && !rows.at(1).reversalDue && !rows.at(1).expectedArrival);
        QCOMPARE(*store.cache.transactionByOrder(QStringLiteral(" w2026110100077 ")), full);
        // Offline filtering reads the same values the server filters on.
        TransactionFilter filter;
        filter.type = TransactionType::Withdrawal;
        filter.status = TransactionStatus::Failed;
        filter.from = QDate(2026, 11, 1);
        filter.minFen = 100000;
        QVERIFY(filter.matches(rows.at(0)));
        QVERIFY(!filter.matches(rows.at(1)));
    }

    void complaintsAndReferenceReadBackExactly()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const Complaint complaint = Samples::sampleComplaint(
            QDateTime(QDate(2026, 11, 2), QTime(9, 30, 0, 250), Qt::UTC));
        QVERIFY(store.cache.putComplaint(complaint));
        QCOMPARE(*store.cache.complaint(11), complaint);
        QCOMPARE(store.cache.complaints(), QList<Complaint> {complaint});
        const ReferenceData reference = Samples::sampleReference();
        QVERIFY(store.cache.putReference(reference, "\"r2\""));
        QCOMPARE(store.cache.reference()->value, reference);
        QCOMPARE(store.cache.reference()->etag, QByteArray("\"r2\""));
    }

    void corruptFileIsRebuiltOutboxKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
            for (int i = 0; i < 5; ++i)
                QVERIFY(store.outbox.queueComplaint(
                    draft(QStringLiteral("unsent %1").arg(i)), QStringLiteral("key-%1").arg(i)));
            for (int i = 0; i < 200; ++i)
                QVERIFY(store.cache.putAccount(
                    account(100 + i, QStringLiteral("139****%1").arg(i, 4, 10, QLatin1Char('0'))),
                    {}));
            QVERIFY(store.drafts.save(QStringLiteral("call-9"), QStringLiteral("draft notes")));
        }
        // Scribble over pages far from the start, where the account cache lives.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 16384);
        file.seek(size - 8192);
        file.write(QByteArray(4096, '\x5a'));
        file.close();

        Store store;
        QVERIFY(store.open(path));
        QVERIFY(store.file.openReport().rebuilt);
        QVERIFY(!store.file.openReport().reason.isEmpty());
        QVERIFY(QFile::exists(store.file.openReport().movedAside));
        QCOMPARE(store.outbox.unsentCount(), 5);
        QCOMPARE(store.outbox.entries().first().key, QStringLiteral("key-0"));
        QCOMPARE(store.outbox.queuedComplaints().size(), 5);
        QCOMPARE(store.drafts.draft(QStringLiteral("call-9")), QStringLiteral("draft notes"));
        QVERIFY(!store.cache.account(100)); // the cache itself starts empty
    }

    void garbageFileIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database at all");
        file.close();
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(store.file.openReport().rebuilt);
        QCOMPARE(store.outbox.unsentCount(), 0);
        QVERIFY(
            store.outbox.queueComplaint(draft(QStringLiteral("works")), QStringLiteral("key-new")));
        QCOMPARE(store.outbox.unsentCount(), 1);
    }

    void newerSchemaIsRebuiltOutboxKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
            QVERIFY(store.outbox.queueComplaint(
                draft(QStringLiteral("from the future")), QStringLiteral("key-future")));
        }
        setUserVersion(path, StoreFile::schemaVersion() + 5);
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(store.file.openReport().rebuilt);
        QVERIFY(store.file.openReport().reason.contains(QLatin1String("newer")));
        QCOMPARE(store.file.openReport().recoveredOutbox, 1);
        QCOMPARE(store.outbox.nextPending()->key, QStringLiteral("key-future"));
        QCOMPARE(store.outbox.queuedComplaints().size(), 1);
    }

    void purgeLeavesNoPersonalData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        Store store;
        QVERIFY(store.open(path));
        const QString marker = QStringLiteral("PHONE-MARKER-4711");
        for (int i = 0; i < 50; ++i)
            QVERIFY(store.cache.putAccount(account(i + 1, marker), {}));
        Transaction t;
        t.id = 1;
        t.orderNumber = QStringLiteral("P1");
        t.accountId = 1;
        t.amount = {100, QStringLiteral("CNY")};
        t.createdAt = QDateTime::currentDateTimeUtc();
        t.counterparty = marker;
        QVERIFY(store.cache.putTransactions({t}));
        QVERIFY(store.drafts.save(QStringLiteral("call"), marker));
        const QByteArray digest = QByteArray("DIGEST-MARKER-0815").leftJustified(32, '#');
        QVERIFY(store.cache.replaceNumberMatches(digest, {1, 2, 999}));
        QCOMPARE(store.cache.accountsForNumber(digest, 10).size(), 2); // 999 is not cached
        QVERIFY(store.outbox.queueComplaint(
            draft(QStringLiteral("unsent")), QStringLiteral("key-kept")));
        QCOMPARE(store.cache.searchAccounts(QStringLiteral("4711"), 10).size(),
            10); // a statement kept prepared
        QVERIFY(store.file.purgePersonalData());
        QVERIFY(!store.cache.account(1));
        QVERIFY(store.cache.accountsForNumber(digest, 10).isEmpty());
        QCOMPARE(store.cache.transactions(1, 0, 10).size(), 0);
        QCOMPARE(store.outbox.unsentCount(), 1); // the agent's work stays
        store.file.close();
        for (const QString &f : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            QVERIFY2(!data.contains(marker.toUtf8()), qPrintable(f));
            QVERIFY2(!data.contains(digest.left(18)), qPrintable(f));
        }
    }

    void localSearch()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(store.cache.putAccountSummaries({account(1, QStringLiteral("138****8000")).summary,
            account(2, QStringLiteral("139****1234")).summary}));
        QCOMPARE(store.cache.searchAccounts(QStringLiteral("8000"), 10).size(), 1);
        QCOMPARE(store.cache.searchAccounts(QStringLiteral("13800138000"), 10).first().id, 1);
        QCOMPARE(store.cache.searchAccounts(QStringLiteral("张伟"), 10).size(), 2);
        QCOMPARE(
            store.cache.searchAccounts(QStringLiteral("0002"), 10).first().id, 2); // account number
        QCOMPARE(store.cache.searchAccounts(QStringLiteral("8000"), 10).first(),
            account(1, QStringLiteral("138****8000")).summary);
        // A number's digest: the server's answer replaces what it pointed
        // at; an account opened on the call is added.
        const QByteArray digest(32, 'd');
        QVERIFY(store.cache.replaceNumberMatches(digest, {1, 2}));
        QVERIFY(store.cache.replaceNumberMatches(digest, {2}));
        QCOMPARE(store.cache.accountsForNumber(digest, 10).size(), 1);
        QVERIFY(store.cache.addNumberMatch(digest, 1));
        QCOMPARE(store.cache.accountsForNumber(digest, 10).first().id, 1);
        QCOMPARE(store.cache.accountsForNumber(digest, 10).size(), 2);
        QVERIFY(store.cache.accountsForNumber(QByteArray(32, 'e'), 10).isEmpty());
    }

    // Another process holds the file's write lock: queueing says so, and
    // nothing of the complaint is in the file.
    void queueingWhileLockedReportsFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        Store store;
        QVERIFY(store.open(path));
        ComplaintService complaints(&store.outbox);
        QSignalSpy failed(&complaints, &ComplaintService::queueFailed);
        QSignalSpy queued(&complaints, &ComplaintService::queued);
        {
            WriteLock lock(path);
            QVERIFY(lock.locked);
            QCOMPARE(complaints.queue(draft(QStringLiteral("while locked"))), QString());
            QCOMPARE(failed.count(), 1);
            QVERIFY(!failed.first().first().toString().isEmpty());
            QCOMPARE(complaints.queueNote(42, QStringLiteral("note")), QString());
            QCOMPARE(failed.count(), 2);
            QCOMPARE(queued.count(), 0);
        }
        QCOMPARE(store.outbox.unsentCount(), 0);
        QVERIFY(store.outbox.queuedComplaints().isEmpty());
        // Once the file is free the same complaint goes in whole.
        const QString key = complaints.queue(draft(QStringLiteral("again")));
        QVERIFY(!key.isEmpty());
        QCOMPARE(store.outbox.unsentCount(), 1);
        QCOMPARE(store.outbox.queuedComplaints().first().first, key);
    }

    // The second of the complaint's two rows is refused: the first goes too.
    void aFailedComplaintLeavesNothingHalfWritten()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("a.sqlite"))));
        OutboxEntry note;
        note.key = QStringLiteral("taken");
        note.operation = OutboxEntry::Operation::AddComplaintNote;
        note.complaintId = 1;
        QVERIFY(store.outbox.enqueue(note));
        QString error;
        QVERIFY(!store.outbox.queueComplaint(
            draft(QStringLiteral("same key")), QStringLiteral("taken"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.outbox.queuedComplaints().isEmpty());
        QCOMPARE(store.outbox.unsentCount(), 1);
        // The file takes the next write: no transaction was left open.
        QVERIFY(store.outbox.queueComplaint(
            draft(QStringLiteral("other key")), QStringLiteral("free")));
        QCOMPARE(store.outbox.queuedComplaints().size(), 1);
    }

    // Notes that cannot be saved are kept in memory and saved later; a call
    // whose record cannot be queued is not ended.
    void callKeepsItsWorkWhileLocked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        Store store;
        QVERIFY(store.open(path));
        CallSession call(&store.drafts, &store.outbox);
        QSignalSpy failed(&call, &CallSession::writeFailed);
        call.start(QStringLiteral("+8613800138000"));
        call.setNotes(QStringLiteral("first"));
        QVERIFY(call.saveDraftNow());
        {
            WriteLock lock(path);
            QVERIFY(lock.locked);
            call.setNotes(QStringLiteral("first, then more"));
            QVERIFY(!call.saveDraftNow());
            QCOMPARE(failed.count(), 1);
            QCOMPARE(
                store.drafts.draft(call.callId()), QStringLiteral("first")); // the saved one, whole
            QVERIFY(!call.end(QStringLiteral("resolved_first_call")));
            QCOMPARE(failed.count(), 2);
            QVERIFY(call.isActive());
            QCOMPARE(call.notes(), QStringLiteral("first, then more"));
        }
        QCOMPARE(store.outbox.unsentCount(), 0);
        QVERIFY(call.saveDraftNow());
        QCOMPARE(store.drafts.draft(call.callId()), QStringLiteral("first, then more"));
        const QString id = call.callId();
        QVERIFY(call.end(QStringLiteral("resolved_first_call")));
        QCOMPARE(store.outbox.unsentCount(), 1);
        QVERIFY(store.drafts.draft(id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
