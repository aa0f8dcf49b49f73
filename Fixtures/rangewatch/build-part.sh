# Sourced by Fixtures/build.sh: range-watch guests (C over GuestSDK/rangewatch/rangewatch.h,
# Embedded Swift over GuestSDK/rangewatch/RangeWatch.swift). Uses pipe_build_c / pipe_build_swift
# when Fixtures/pipe/build-part.sh was sourced first (build.sh sources parts in name order), else
# defines the same helpers.
if ! declare -F pipe_build_c >/dev/null; then
    # shellcheck source=/dev/null
    source "$HERE/pipe/build-part.sh"
fi
pipe_build_c "$HERE/rangewatch/rangewatch_test.c" "$HERE/../GuestSDK/rangewatch"
pipe_build_swift "$HERE/../GuestSDK/rangewatch/RangeWatch.swift" "$HERE/rangewatch/watcher.swift" \
    __range_watch __range_watch_recv _initialize watch emit stop
