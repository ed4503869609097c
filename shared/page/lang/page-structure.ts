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

/**
 * Text of a legal footer, disclaimer or cookie notice: long enough to look like a paragraph, but
 * nobody's reading. Matched anywhere in a long paragraph ("…Copyright©和讯网 版权所有 复制必究",
 * "【免责声明】本文仅代表作者本人观点…", "We use cookies to improve your experience…").
 */
export const LEGAL_NOTICE = /版权所有|免责声明|郑重声明|未经(?:书面)?(?:授权|许可)|all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|©\s*(?:\d{4}|copyright)|\bwe use cookies\b|\b(?:this|our) (?:site|website) uses cookies\b/iu;
