package tw.workshopbot.registration;

import java.util.List;

import org.springframework.data.redis.core.script.RedisScript;

/**
 * The registration rules as Lua scripts, each on the keys of one workshop
 * ({@link RegistrationKeys}). Redis runs a script alone, so a check and the write it
 * allows cannot be split by another request: that is how the last seat is given once.
 * Only Redis 6.2 commands are used.
 */
final class RegistrationScripts {

	private RegistrationScripts() {
	}

	/**
	 * The workshop's seat limit (KEYS[1], its own key, kept by {@code Workshops} beside
	 * the workshop): a number, nil for no limit, or false when the workshop is gone. Read
	 * inside each script, so an organizer's change and a sign-up never see different
	 * limits; no other package's JSON is read here.
	 */
	private static final String CAPACITY_FUNCTION = """
			local function capacity()
			  local seats = redis.call('GET', KEYS[1])
			  if not seats then return false end
			  if seats == 'none' then return nil end
			  return tonumber(seats)
			end
			""";

	/**
	 * Fills free seats from the waitlist in order. KEYS[1..4]: seats, statuses,
	 * confirmed, waitlist.
	 */
	private static final String PROMOTE_FUNCTION = CAPACITY_FUNCTION + """
			local function promote()
			  local limit = capacity()
			  local promoted = {}
			  if limit == false then return promoted end
			  while limit == nil or redis.call('ZCARD', KEYS[3]) < limit do
			    local first = redis.call('ZRANGE', KEYS[4], 0, 0, 'WITHSCORES')
			    if #first == 0 then break end
			    redis.call('ZREM', KEYS[4], first[1])
			    redis.call('ZADD', KEYS[3], first[2], first[1])
			    redis.call('HSET', KEYS[2], first[1], 'confirmed')
			    promoted[#promoted + 1] = first[1]
			  end
			  return promoted
			end
			""";

	/**
	 * Registers a batch, all or nothing. KEYS: seats, sequence, cards, statuses,
	 * confirmed, waitlist, by user, by ID number, linked users, claim codes. ARGV: the
	 * workshop id, then per row: LINE user id, blind index, card, claim code ('' where
	 * none). Answers a {@link Registered}: {@code conflict} with the duplicates and
	 * nothing written, {@code missing} when the workshop is gone, or {@code placed} with
	 * each row's number and status.
	 */
	static final RedisScript<String> REGISTER = RedisScript.of(CAPACITY_FUNCTION + """
			local rows = (#ARGV - 1) / 4
			local conflicts = {}
			local function once(row, value, index, field, earlier)
			  if value == '' then return end
			  local existing = redis.call('HGET', index, value) or earlier[value]
			  if existing then
			    conflicts[#conflicts + 1] = {row = row, field = field, existing = existing}
			  end
			  earlier[value] = earlier[value] or ('row ' .. row)
			end
			local users, ids = {}, {}
			for i = 0, rows - 1 do
			  once(i + 1, ARGV[2 + i * 4], KEYS[7], 'lineUserId', users)
			  once(i + 1, ARGV[3 + i * 4], KEYS[8], 'nationalId', ids)
			end
			if #conflicts > 0 then return cjson.encode({kind = 'conflict', conflicts = conflicts}) end
			local limit = capacity()
			if limit == false then return cjson.encode({kind = 'missing'}) end
			local confirmed = redis.call('ZCARD', KEYS[5])
			local waiting = redis.call('ZCARD', KEYS[6])
			local seats = {}
			for i = 0, rows - 1 do
			  local user, blind, card, code = ARGV[2 + i * 4], ARGV[3 + i * 4], ARGV[4 + i * 4], ARGV[5 + i * 4]
			  local seq = redis.call('INCR', KEYS[2])
			  local number = ARGV[1] .. '-' .. string.format('%04d', seq)
			  local status = 'waitlisted'
			  if limit == nil or (waiting == 0 and confirmed < limit) then
			    status = 'confirmed'
			    confirmed = confirmed + 1
			    redis.call('ZADD', KEYS[5], seq, number)
			  else
			    waiting = waiting + 1
			    redis.call('ZADD', KEYS[6], seq, number)
			  end
			  redis.call('HSET', KEYS[3], number, card)
			  redis.call('HSET', KEYS[4], number, status)
			  if user ~= '' then
			    redis.call('HSET', KEYS[7], user, number)
			    redis.call('HSET', KEYS[9], number, user)
			  end
			  if blind ~= '' then redis.call('HSET', KEYS[8], blind, number) end
			  if code ~= '' then redis.call('HSET', KEYS[10], code, number) end
			  seats[#seats + 1] = {number = number, status = status}
			end
			return cjson.encode({kind = 'placed', seats = seats})
			""", String.class);

	/**
	 * What {@link #REGISTER} answers; lists absent when empty (Lua cannot tell an empty
	 * list from an empty object).
	 */
	record Registered(String kind, List<Placed> seats, List<Conflict> conflicts) {

		record Placed(String number, String status) {
		}

		record Conflict(int row, String field, String existing) {
		}

	}

	/**
	 * Cancels and/or erases one registration. KEYS: seats, statuses, confirmed, waitlist,
	 * by user, by ID number, linked users, claim codes, cards. ARGV: number, its blind
	 * index, its claim code, the erased card ('' to keep the card), '1' to cancel, '1' to
	 * fill a freed seat. Answers a {@link Withdrawn}.
	 */
	static final RedisScript<String> WITHDRAW = RedisScript.of(PROMOTE_FUNCTION + """
			local number = ARGV[1]
			local status = redis.call('HGET', KEYS[2], number)
			if not status then return cjson.encode({known = false}) end
			local cancelling = ARGV[5] == '1' and status ~= 'cancelled'
			local erasing = ARGV[4] ~= ''
			if cancelling then
			  redis.call('HSET', KEYS[2], number, 'cancelled')
			  redis.call('ZREM', KEYS[3], number)
			  redis.call('ZREM', KEYS[4], number)
			end
			if cancelling or erasing then
			  local user = redis.call('HGET', KEYS[7], number)
			  if user and redis.call('HGET', KEYS[5], user) == number then redis.call('HDEL', KEYS[5], user) end
			  if ARGV[2] ~= '' and redis.call('HGET', KEYS[6], ARGV[2]) == number then
			    redis.call('HDEL', KEYS[6], ARGV[2])
			  end
			  -- A claimed code stays, so its claimer sending it again hears "already yours";
			  -- erasing forgets it all the same.
			  if ARGV[3] ~= '' and (erasing or not redis.call('HGET', KEYS[7], number)) then
			    redis.call('HDEL', KEYS[8], ARGV[3])
			  end
			end
			if erasing then
			  redis.call('HSET', KEYS[9], number, ARGV[4])
			  redis.call('HDEL', KEYS[7], number)
			end
			local answer = {known = true, status = redis.call('HGET', KEYS[2], number)}
			if cancelling and status == 'confirmed' and ARGV[6] == '1' then
			  local promoted = promote()
			  if #promoted > 0 then answer.promoted = promoted end
			end
			return cjson.encode(answer)
			""", String.class);

	/** What {@link #WITHDRAW} answers: the status after, and who took the freed seat. */
	record Withdrawn(boolean known, String status, List<String> promoted) {
	}

	/**
	 * Rewrites a registration's card after its owner changed answers in chat. A new ID
	 * number moves the registration's entry in the ID index, refused when another
	 * registration holds it. KEYS: cards, statuses, ids. ARGV: number, old blind index,
	 * new blind index ('' for none), the new card.
	 */
	static final RedisScript<String> UPDATE = RedisScript.of("""
			if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return cjson.encode({outcome = 'unknown'}) end
			if redis.call('HGET', KEYS[2], ARGV[1]) == 'cancelled' then return cjson.encode({outcome = 'cancelled'}) end
			if ARGV[3] ~= '' and ARGV[3] ~= ARGV[2] then
			  local holder = redis.call('HGET', KEYS[3], ARGV[3])
			  if holder and holder ~= ARGV[1] then return cjson.encode({outcome = 'conflict', number = holder}) end
			end
			if ARGV[2] ~= '' and ARGV[2] ~= ARGV[3] then redis.call('HDEL', KEYS[3], ARGV[2]) end
			if ARGV[3] ~= '' then redis.call('HSET', KEYS[3], ARGV[3], ARGV[1]) end
			redis.call('HSET', KEYS[1], ARGV[1], ARGV[4])
			return cjson.encode({outcome = 'updated'})
			""", String.class);

	/**
	 * What {@link #UPDATE}, {@link #HAND_OVER} and {@link #CLAIM} answer: how it went and
	 * the registration number it concerns, when there is one.
	 */
	record Outcome(String outcome, String number) {
	}

	/**
	 * Hands a registration to a colleague: the holder's links (LINE account, ID number,
	 * old claim code) let go of it, the new claim code names it, the new card replaces
	 * the old. KEYS: cards, statuses, by user, by ID number, linked users, claim codes.
	 * ARGV: number, holder's LINE user id, old blind index, old claim code, new claim
	 * code, new card. Answers an {@link Outcome}: handedOver, cancelled or notYours.
	 */
	static final RedisScript<String> HAND_OVER = RedisScript.of("""
			local number = ARGV[1]
			local status = redis.call('HGET', KEYS[2], number)
			if not status or redis.call('HGET', KEYS[5], number) ~= ARGV[2] then
			  return cjson.encode({outcome = 'notYours'})
			end
			if status == 'cancelled' then return cjson.encode({outcome = 'cancelled'}) end
			if redis.call('HGET', KEYS[3], ARGV[2]) == number then redis.call('HDEL', KEYS[3], ARGV[2]) end
			redis.call('HDEL', KEYS[5], number)
			if ARGV[3] ~= '' and redis.call('HGET', KEYS[4], ARGV[3]) == number then
			  redis.call('HDEL', KEYS[4], ARGV[3])
			end
			if ARGV[4] ~= '' then redis.call('HDEL', KEYS[6], ARGV[4]) end
			redis.call('HSET', KEYS[6], ARGV[5], number)
			redis.call('HSET', KEYS[1], number, ARGV[6])
			return cjson.encode({outcome = 'handedOver'})
			""", String.class);

	/**
	 * Fills the seats a larger capacity freed. KEYS: seats, statuses, confirmed,
	 * waitlist. Answers a {@link Promoted}.
	 */
	static final RedisScript<String> PROMOTE = RedisScript.of(PROMOTE_FUNCTION + """
			local promoted = promote()
			if #promoted == 0 then return cjson.encode({}) end
			return cjson.encode({promoted = promoted})
			""", String.class);

	/** The numbers moved from the waitlist to a seat, in order; absent when none. */
	record Promoted(List<String> promoted) {
	}

	/**
	 * Links a LINE user to the registration a claim code names, once. KEYS: claim codes,
	 * statuses, linked users, by user. ARGV: code, LINE user id. Answers an
	 * {@link Outcome}: claimed, yours, used, already (with the user's other number),
	 * cancelled, or unknown.
	 */
	static final RedisScript<String> CLAIM = RedisScript.of("""
			local number = redis.call('HGET', KEYS[1], ARGV[1])
			if not number then return cjson.encode({outcome = 'unknown'}) end
			local holder = redis.call('HGET', KEYS[3], number)
			if holder == ARGV[2] then return cjson.encode({outcome = 'yours', number = number}) end
			if holder then return cjson.encode({outcome = 'used', number = number}) end
			if redis.call('HGET', KEYS[2], number) == 'cancelled' then
			  return cjson.encode({outcome = 'cancelled', number = number})
			end
			local mine = redis.call('HGET', KEYS[4], ARGV[2])
			if mine then return cjson.encode({outcome = 'already', number = mine}) end
			redis.call('HSET', KEYS[3], number, ARGV[2])
			redis.call('HSET', KEYS[4], ARGV[2], number)
			return cjson.encode({outcome = 'claimed', number = number})
			""", String.class);

}
