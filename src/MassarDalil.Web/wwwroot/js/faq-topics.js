// The topic index of a FAQ too long for one page. A link to /faq#question-key (shared before the
// FAQ grew, or from a question's page) finds no such question here: the server knows which topic
// holds it, so go there. Without JavaScript the visitor picks the topic from the index.
const key = decodeURIComponent(location.hash.slice(1));
const index = document.querySelector("[data-topic-base]");
if (key && index && !document.getElementById(key)) {
    location.replace(`${index.dataset.topicBase}/${encodeURIComponent(key)}`);
}
