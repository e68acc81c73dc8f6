package cn.gov.zhushan.plan.local.store;

import de.bwaldvogel.mongo.MongoVersion;

import java.util.List;

/**
 * The server version the store reports. mongo-java-server 1.47's {@code ServerVersion.MONGO_5_0} still
 * reports wire version 8 (MongoDB 4.2), which mongosh 2.x and the newest drivers refuse ("requires at least
 * 9"). 4.4 / wire 9 is the oldest they accept and adds no command the store would have to know: the
 * services' driver only needs OP_MSG (wire 6+).
 */
record ReportedVersion(List<Integer> versionArray, int wireVersion) implements MongoVersion {

    static final ReportedVersion MONGO_4_4 = new ReportedVersion(List.of(4, 4, 0), 9);

    @Override
    public List<Integer> getVersionArray() {
        return versionArray;
    }

    @Override
    public int getWireVersion() {
        return wireVersion;
    }
}
