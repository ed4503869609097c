/**
 * Names page templates give to structures, as data for the detection signals. Language-independent
 * (class and id vocabulary of CMSs and forum software).
 */

/**
 * Class names of containers that hold one post, comment, reply, answer or review: Discourse
 * ("cooked", "topic-body"), XenForo ("bbWrapper", "message"), phpBB ("postbody"), vBulletin
 * ("postcontent"), Stack Exchange ("js-post-body"), Disqus and WordPress comments.
 */
export const REPLY_CONTAINER_NAME = /comment|reply|replies|post-?body|postcontent|post-content|message|thread|forum|answer|review|bbwrapper|cooked|topic-body|discussion/i;
