"""At most FETCH_HOST_RATE requests a second to one host, across every worker.

Each request reserves the next free slot for its host and sleeps until it comes, so workers queue
up fairly instead of failing. With Redis (production, tests) the slots live in Redis, with its
clock, so workers on several machines share them; without it (`make run`) they live in-process.
"""

import threading
import time

from django.conf import settings

from .errors import FetchError

# KEYS[1]: the host's key. ARGV: interval between requests (ms), longest acceptable wait (ms).
# Returns the wait in ms for the reserved slot, or -wait when the queue is too long (no slot taken).
# One script, so reading and moving the host's next free slot is atomic across workers.
RESERVE_SLOT = """
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local next_free = tonumber(redis.call('GET', KEYS[1]) or '0')
local start = math.max(now_ms, next_free)
local wait = start - now_ms
if wait > tonumber(ARGV[2]) then
  return -wait
end
local interval = tonumber(ARGV[1])
redis.call('SET', KEYS[1], start + interval, 'PX', wait + interval + 1000)
return wait
"""

KEY_PREFIX = "claimwatch:fetch-slot:"

_redis_client = None
_redis_script = None
_local_slots: dict[str, float] = {}
_local_lock = threading.Lock()


def _redis():
    global _redis_client, _redis_script
    if _redis_client is None:
        import redis

        _redis_client = redis.Redis.from_url(settings.REDIS_URL, socket_timeout=5)
        _redis_script = _redis_client.register_script(RESERVE_SLOT)
    return _redis_script


def _reserve_local(host: str, interval: float, max_wait: float) -> float:
    with _local_lock:
        now = time.monotonic()
        start = max(now, _local_slots.get(host, 0.0))
        wait = start - now
        if wait > max_wait:
            return -wait
        _local_slots[host] = start + interval
        return wait


def reserve_slot(host: str, *, max_wait: float) -> float:
    """Reserve the next request slot for `host` and return how many seconds to wait for it.

    Raises a transient FetchError, reserving nothing, when the wait would exceed `max_wait`.
    """
    rate = float(settings.FETCH_HOST_RATE)
    if rate <= 0:  # 0 switches the limit off
        return 0.0
    interval = 1.0 / rate
    if settings.REDIS_URL:
        wait = (
            _redis()(keys=[KEY_PREFIX + host], args=[int(interval * 1000), int(max_wait * 1000)])
            / 1000.0
        )
    else:
        wait = _reserve_local(host, interval, max_wait)
    if wait < 0:
        raise FetchError(
            f"too many requests queued for {host}; try again shortly",
            transient=True,
            retry_after=-wait,
        )
    return wait


def wait_for_slot(host: str, *, max_wait: float) -> None:
    """Block until this worker may send its next request to `host` (see `reserve_slot`)."""
    wait = reserve_slot(host, max_wait=max_wait)
    if wait > 0:
        time.sleep(wait)
